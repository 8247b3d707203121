### Mappe CV export: Persian (فارسی).
### Same message ids and variables as en.ftl (checked by a unit test). See docs/cv-export.md.

# unreviewed
cv-title = رزومه
# unreviewed
cv-personal = اطلاعات شخصی
# unreviewed
cv-name = نام
# unreviewed
cv-also-written = نوشتار دیگر
# unreviewed
cv-birth = تاریخ و محل تولد
# unreviewed
cv-birth-date = تاریخ تولد
# unreviewed
cv-birth-place-only = محل تولد
# unreviewed
cv-born-in = { $date } در { $place }
# unreviewed
cv-nationality = ملیت
# unreviewed
cv-address = نشانی
# unreviewed
cv-phone = تلفن
# unreviewed
cv-email = ایمیل
# unreviewed
cv-work = سوابق کاری
# unreviewed
cv-education = تحصیلات و آموزش حرفه‌ای
# unreviewed
cv-training = دوره‌های تکمیلی
# unreviewed
cv-other = سایر تجربه‌ها
# unreviewed
cv-languages = زبان‌ها
# unreviewed
cv-certificates = گواهی‌ها و مدارک
# unreviewed
cv-since = از { $from }
# unreviewed
cv-until = تا { $to }
# unreviewed
cv-native = زبان مادری
# unreviewed
cv-level = سطح { $level } (چارچوب مرجع اروپایی)
# unreviewed
cv-exam = آزمون
# unreviewed
cv-issuer = صادرکننده
# unreviewed
cv-cert-language = گواهی زبان
# unreviewed
cv-cert-qualification = مدرک تحصیلی
# unreviewed
cv-cert-recognition = حکم ارزشیابی مدرک
# unreviewed
cv-cert-other = گواهی
# unreviewed
cv-photo = عکس
# unreviewed
cv-place-date = { $place }، { $date }
