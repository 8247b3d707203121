### Mappe consent summary: Persian (فارسی).
### Status: MACHINE-MADE, NOT REVIEWED by a native speaker. See docs/consent.md.
### Right to left: placeables are wrapped in Unicode isolation marks (FSI/PDI) by the code.
### Every line must start with a Persian word so that the terminal picks right-to-left.
### Written with ordinary spaces instead of the zero-width non-joiner (نیم‌فاصله), e.g. "می شود",
### so that no invisible characters reach the terminal; a reviewer may decide otherwise.

## The summary, top to bottom.

consent-title = شما در حال به اشتراک گذاشتن اطلاعاتی از کیف مدارک خود هستید.
consent-who-agency = چه کسی می تواند آن را باز کند: فقط { $agency }
consent-who-anyone = چه کسی می تواند آن را باز کند: هر کسی که این کد یا لینک را دارد
consent-keep-code = کد را فقط به کسی نشان دهید که باید اطلاعات شما را ببیند.
consent-what = چه چیزهایی به اشتراک گذاشته می شود:
consent-purpose = برای چه کاری: { $purpose }
consent-until = معتبر تا: { $date }
consent-opens =
    { $count ->
        [1] فقط یک بار می توان آن را باز کرد.
       *[other] حداکثر { $count } بار می توان آن را باز کرد.
    }
consent-opens-unlimited = تا آن تاریخ هر چند بار که لازم باشد می توان آن را باز کرد.
consent-live-on = اگر بعدا چیزی را که اینجا به اشتراک می گذارید اصلاح کنید، یا به فهرستی که به اشتراک می گذارید موردی اضافه کنید، آن هم فرستاده می شود.
consent-live-off = اگر بعدا چیزی را اصلاح یا اضافه کنید، فرستاده نمی شود: همین نسخه همان طور که هست می ماند.
consent-revoke = هر وقت بخواهید می توانید این اشتراک را لغو کنید (متوقف کنید).
revoke-warning = لغو کردن جلوی باز شدن های بعدی را می گیرد، اما چیزی را که قبلا باز، دیده یا ذخیره شده است نمی تواند پس بگیرد.

## What is shared: one bullet per entry.

field-whole-profile = کل پروفایل شما (نام ها، تولد، تابعیت، زبان ها، اطلاعات تماس)
field-given-names = نام
field-family-name = نام خانوادگی
field-aliases = نام های دیگر (نام های قبلی، نوشتار های دیگر نام)
field-birth-date = تاریخ تولد
field-birth-place = محل تولد
field-nationality = تابعیت
field-languages = زبان هایی که صحبت می کنید
field-contact = همه اطلاعات تماس (تلفن، ایمیل، آدرس)
field-contact-phone = شماره تلفن
field-contact-email = آدرس ایمیل
field-contact-address = آدرس
field-other = بخشی از پروفایل: { $name }
section-cv = کل رزومه شما (مدرسه، آموزش، کار)
section-certificates = همه گواهی های شما (بدون اسکن ها)
section-residence = همه مدارک اقامت شما (بدون اسکن ها)
section-attachments = همه اسکن های شما
item-cv = از رزومه شما: { $title }
item-certificate = گواهی: { $title }
item-residence = مدرک اقامت: { $title }
item-attachment = فایل: { $title }
scan-certificate = اسکن گواهی «{ $title }»: { $file }
scan-residence = اسکن مدرک اقامت «{ $title }»: { $file }
scan-other = اسکن «{ $title }»: { $file }

## واقعیت‌هایی که یک اداره تأیید کرده است، همراه با امضای اداره.

consent-confirmed = تأییدشده توسط یک اداره (گیرنده می‌تواند امضای اداره را بررسی کند):
confirmed-item = { $paper } از { $issuer }: { $claims }
paper-residence = مدرک اقامت
paper-certificate = گواهی
paper-recognition = حکم ارزشیابی مدرک
claim-kind = نوع
claim-number = شماره
claim-valid_from = معتبر از
claim-valid_until = معتبر تا
claim-legal_basis = مبنای قانونی
claim-work_permitted = اجازهٔ کار
claim-level = سطح
claim-issuer = صادرشده توسط
claim-date = تاریخ
claim-degree = مدرک تحصیلی
claim-decision = تصمیم
