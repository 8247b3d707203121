### Mappe CV export: Arabic (العربية).
### Same message ids and variables as en.ftl (checked by a unit test). See docs/cv-export.md.

# unreviewed
cv-title = السيرة الذاتية
# unreviewed
cv-personal = البيانات الشخصية
# unreviewed
cv-name = الاسم
# unreviewed
cv-also-written = يُكتب أيضًا
# unreviewed
cv-birth = تاريخ ومكان الميلاد
# unreviewed
cv-birth-date = تاريخ الميلاد
# unreviewed
cv-birth-place-only = مكان الميلاد
# unreviewed
cv-born-in = { $date } في { $place }
# unreviewed
cv-nationality = الجنسية
# unreviewed
cv-address = العنوان
# unreviewed
cv-phone = الهاتف
# unreviewed
cv-email = البريد الإلكتروني
# unreviewed
cv-work = الخبرة المهنية
# unreviewed
cv-education = التعليم والتدريب المهني
# unreviewed
cv-training = التدريب المستمر
# unreviewed
cv-other = خبرات أخرى
# unreviewed
cv-languages = اللغات
# unreviewed
cv-certificates = الشهادات والمؤهلات
# unreviewed
cv-since = منذ { $from }
# unreviewed
cv-until = حتى { $to }
# unreviewed
cv-native = اللغة الأم
# unreviewed
cv-level = المستوى { $level } (الإطار الأوروبي المرجعي)
# unreviewed
cv-exam = الامتحان
# unreviewed
cv-issuer = الجهة المانحة
# unreviewed
cv-cert-language = شهادة لغة
# unreviewed
cv-cert-qualification = مؤهل
# unreviewed
cv-cert-recognition = قرار معادلة
# unreviewed
cv-cert-other = شهادة
# unreviewed
cv-photo = صورة
# unreviewed
cv-place-date = { $place }، { $date }
