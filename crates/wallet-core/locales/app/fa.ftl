### Mappe app: Persian (فارسی).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = مدارک شما، روی گوشی شما، رمزگذاری‌شده.
language-self = فارسی
language = زبان
loading = در حال بارگیری …
back = بازگشت
cancel = لغو
save = ذخیره
edit = ویرایش
remove = حذف
yes-remove = بله، حذف کن
close = بستن
next = بعدی
print = چاپ
lock = قفل
working = لحظه‌ای صبر کنید …

## Start.

start-create-title = ساختن کیف مدارک جدید
start-create-intro = یک رمز عبور انتخاب کنید. هر بار که Mappe را باز می‌کنید به آن نیاز دارید. هیچ‌کس نمی‌تواند آن را برای شما بازنشانی کند.
passphrase = رمز عبور
passphrase-again = تکرار رمز عبور
passphrase-mismatch = دو رمز عبور یکسان نیستند.
passphrase-short = لطفاً دست‌کم ۸ نویسه به کار ببرید.
create = ساختن کیف مدارک
start-unlock-title = کیف مدارک خود را باز کنید
unlock = باز کردن
start-forgot = رمز را فراموش کرده‌اید یا گوشی جدید دارید؟
start-recover = بازیابی با کد بازیابی
start-new-instead = به‌جای آن کیف مدارک جدید بسازید

recovery-title = کد بازیابی شما
recovery-intro = این کد را روی کاغذ بنویسید یا چاپ کنید. آن را در جای امن و دور از گوشی نگه دارید.
recovery-once = فقط همین حالا نشان داده می‌شود. هر کس آن را داشته باشد می‌تواند کیف مدارک شما را باز کند.
recovery-written = آن را یادداشت کردم
recovery-confirm-title = کد بازیابی را بررسی کنید
# $n: شمارهٔ گروه.
recovery-confirm-group = گروه { $n }
recovery-confirm-wrong = مطابقت ندارد. دوباره به کاغذتان نگاه کنید.
recovery-confirm-ok = تأیید
recovery-show-again = دوباره نشان دادن کد

recover-title = بازیابی کیف مدارک
recover-intro = کد بازیابی را وارد کنید و رمز عبور جدیدی انتخاب کنید.
recover-code = کد بازیابی
recover-relay = نشانی سرور واسط (اگر کیف مدارک شما همگام‌سازی شده بود)
recover-relay-hint = اگر نمی‌دانید، همین‌طور بگذارید. در این صورت کیف مدارک خالی شروع می‌شود.
recover-go = بازیابی
recover-synced = کیف مدارک شما از سرور واسط بازگردانده شد.
recover-empty = کلیدهای شما برگشتند. کیف مدارک تا همگام‌سازی خالی است.

locked-idle = پس از ۵ دقیقه بدون استفاده قفل شد.

## Home.

home-title = مدارک من
section-profile = دربارهٔ من
section-cv = رزومه
section-certificates = گواهی‌ها
section-residence = مدارک اقامت
nav-home = مدارک
nav-share = اشتراک
nav-shares = اشتراک‌های من
nav-sync = همگام‌سازی
nav-backup = پشتیبان
empty-section = هنوز چیزی اینجا نیست.
add = افزودن
add-cv = افزودن به رزومه
add-certificate = افزودن گواهی
add-residence = افزودن مدرک اقامت
remove-confirm = این مورد حذف شود؟ اسکن آن هم حذف می‌شود.
saved = ذخیره شد.
fingerprint = کلید شما: { $fingerprint }

## نیاز به توجه شما (صفحهٔ شروع).

# unreviewed
attention-title = نیاز به توجه شما
# unreviewed
urgency-expired = منقضی شده
# unreviewed
urgency-within_30_days = تا ۳۰ روز دیگر
# unreviewed
urgency-within_90_days = تا ۹۰ روز دیگر
# unreviewed
urgency-info = خوب است بدانید
# unreviewed
notice-confirmation = تأیید از { $name }
# unreviewed
notice-share = اشتراک با { $name }
# unreviewed
notice-live-share = اشتراک زنده: { $name }
# unreviewed
notice-left = معتبر تا { $date }. { $days ->
    [one] ۱ روز مانده.
   *[other] { $days } روز مانده.
}
# unreviewed
notice-ended = در { $date } منقضی شد.
# unreviewed
notice-superseded = در { $date } منقضی شد. یک مدرک جدیدتر معتبر است: کاری لازم نیست.
# unreviewed
notice-share-ends = در { $date } پایان می‌یابد.
# unreviewed
notice-live-stopped = دیگر تغییرات شما را دنبال نمی‌کند.
# unreviewed
notice-unopened = از زمانی که در { $date } آن را به اشتراک گذاشتید، هیچ‌کس آن را باز نکرده است.
# unreviewed
advice-residence-extend = درخواست تمدید را به‌موقع و پیش از پایان اعتبار به ادارهٔ اتباع خارجی (Ausländerbehörde) بدهید. اگر تا آن زمان تصمیمی گرفته نشود، یک Fiktionsbescheinigung دریافت می‌کنید: آن را همراه داشته باشید و کنار مدارکتان نگه دارید.
# unreviewed
advice-residence-expired = همین حالا به ادارهٔ اتباع خارجی (Ausländerbehörde) بروید. اگر پیش از پایان اعتبار درخواست داده‌اید، Fiktionsbescheinigung خود را بخواهید. یک مرکز مشاورهٔ مهاجرت می‌تواند کمک کند.
# unreviewed
advice-attestation-renew = اگر هنوز لازم دارید، از اداره یک تأیید جدید بخواهید.
# unreviewed
advice-share-again = اگر اداره هنوز لازم دارد، این اشتراک را متوقف کنید و دوباره به اشتراک بگذارید.
# unreviewed
advice-share-unopened = از اداره بپرسید که آیا پیوند یا کد QR به دستشان رسیده است. اگر گم شده، دوباره به اشتراک بگذارید.
# unreviewed
paper-expired = در { $date } منقضی شد

## Profile.

profile-given_names = نام‌ها
profile-family_name = نام خانوادگی
profile-aliases = نام‌های دیگر (هر نام در یک خط)
profile-birth_date = تاریخ تولد
profile-birth_place = محل تولد
profile-nationality = تابعیت
profile-languages = زبان‌ها (هر زبان در یک خط، مثل "Persian:native" یا "Deutsch:B1")
profile-contact_phone = تلفن
profile-contact_email = ایمیل
profile-contact_address = نشانی
profile-edit = ویرایش اطلاعات
not-set = وارد نشده

## Items.

field-kind = نوع
field-title = عنوان
field-organisation = مدرسه، کارفرما یا برگزارکنندهٔ دوره
field-place = محل
field-from = از
field-to = تا
field-description = توضیح
field-issuer = صادرکننده
field-issued_on = تاریخ صدور
field-cefr_level = سطح
field-exam = آزمون
field-number = شمارهٔ مدرک
field-valid_until = معتبر تا
field-authority = اداره
# unreviewed
field-legal_basis = مبنای قانونی
# unreviewed
legal_basis-hint = برای مثال § 16a AufenthG (روی کارت یا مدرک نوشته شده).
# unreviewed
field-work = کار
# unreviewed
field-conditions = شرایط (Auflagen)
field-scan = اسکن
scan-camera = عکس بگیرید
scan-file = فایل انتخاب کنید
scan-show = نمایش اسکن
scan-hint = عکس (JPEG، PNG) یا PDF.
scan-bad-type = لطفاً یک فایل JPEG، PNG یا PDF انتخاب کنید.
date-hint = سال، یا سال و ماه، یا تاریخ کامل.

kind-education = مدرسه یا تحصیل
kind-work = کار
kind-training = آموزش حرفه‌ای یا دوره
kind-other = سایر
kind-language = گواهی زبان
kind-qualification = مدرک تحصیلی یا حرفه‌ای
kind-recognition = ارزشیابی مدرک خارجی
kind-aufenthaltserlaubnis = اجازهٔ اقامت (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = اقامت دائم (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = اجازهٔ ماندن در دوران پناهندگی (Aufenthaltsgestattung)
kind-duldung = تعلیق اخراج (Duldung)
kind-fiktionsbescheinigung = گواهی موقت (Fiktionsbescheinigung)
kind-visa = ویزا
kind-eu_citizen = شهروند اتحادیهٔ اروپا
level-none = بدون سطح
# unreviewed
work-none = ذکر نشده
# unreviewed
work-permitted = کار مجاز است
# unreviewed
work-permitted_with_approval = کار فقط با اجازهٔ ادارهٔ اتباع خارجی
# unreviewed
work-not_permitted = کار مجاز نیست

## Share.

share-title = اشتراک با یک اداره
share-what = چه چیزی را می‌خواهید نشان دهید؟
share-nothing = دست‌کم یک مورد برای اشتراک انتخاب کنید.
share-expiry = برای چه مدت؟
# $days: ۷، ۳۰ یا ۹۰.
share-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
share-opens = چند بار می‌توان آن را باز کرد؟
share-opens-unlimited = هر چند بار که لازم باشد
# $count: ۱، ۳ یا ۱۰.
share-opens-count = { $count ->
    [one] یک بار
   *[other] { $count } بار
}
share-live = اصلاحات و موارد تازهٔ بعدی هم فرستاده شود؟
share-live-yes = بله، تغییرات فرستاده شود
share-live-no = نه، فقط همان‌طور که الان هست
share-who = چه کسی می‌تواند آن را باز کند؟
share-who-anyone = هر کسی که کد را به او نشان دهم
share-who-office = فقط یک اداره (کارت آن را اسکن کنید)
share-scan-card = اسکن کارت اداره
share-card-file = انتخاب فایل کارت
# $name: نام اداره؛ $fingerprint: کلید آن.
share-office = اداره: { $name } ({ $fingerprint })
share-purpose = برای چه منظوری؟ (اختیاری)
share-preview = بررسی
share-consent-title = لطفاً پیش از اشتراک بخوانید
share-confirm = بله، اشتراک بگذار
share-qr-title = این کد را به اداره نشان دهید
share-qr-done = تمام
share-relay-needed = برای اشتراک به اینترنت نیاز است. وقتی آنلاین شدید دوباره امتحان کنید.

## Scanning.

scan-title = کارت اداره را جلوی دوربین بگیرید
scan-no-camera = نمی‌توان از دوربین استفاده کرد. به‌جای آن فایل کارت را انتخاب کنید.
scan-no-code = کد کارت اداره پیدا نشد.

## My shares.

shares-title = اشتراک‌های من
shares-none = هنوز چیزی به اشتراک نگذاشته‌اید.
shares-refresh = به‌روزرسانی
status-active = فعال
status-pending = در حال بارگذاری
status-revoked = لغو شده
status-expired = منقضی شده
status-used_up = تمام شده
status-unknown = وضعیت نامعلوم
# $date: تاریخ و ساعت.
shares-until = معتبر تا { $date }
# $count: تعداد دفعات باز شدن.
shares-opened = { $count ->
    [0] هنوز باز نشده
    [one] یک بار باز شده
   *[other] { $count } بار باز شده
}
# $date: تاریخ و ساعت؛ $by: چه کسی باز کرد.
shares-log-line = { $date }: { $by }
shares-by-bearer = کسی که کد را داشت
shares-for-anyone = برای هر کسی که کد را دارد
# $name: نام اداره.
shares-for-office = برای { $name }
shares-live = اصلاحات و موارد تازه را می‌فرستد
shares-revoke = لغو
shares-revoke-title = این اشتراک لغو شود؟
shares-revoke-warning = لغو کردن جلوی هر باز کردن بعدی را می‌گیرد. اما نمی‌تواند آنچه را که قبلاً باز، دیده یا ذخیره شده پس بگیرد.
shares-revoke-yes = بله، لغو کن
shares-revoked = اشتراک لغو شد.
shares-offline = شما آفلاین هستید. فهرست مربوط به آخرین به‌روزرسانی است.

## Sync.

sync-title = همگام‌سازی
sync-intro = کیف مدارک خود را روی گوشی و دستگاه‌های دیگر یکسان نگه دارید. سرور واسط آن را رمزگذاری‌شده نگه می‌دارد.
sync-relay = نشانی سرور واسط
sync-now = همین حالا همگام‌سازی کن
sync-never = هنوز همگام‌سازی نشده.
# $date: تاریخ و ساعت.
sync-last = آخرین همگام‌سازی: { $date }
sync-ok = همگام‌سازی شد.
# $count: تعداد تغییرات.
sync-report = { $count ->
    [0] چیز تازه‌ای نیست.
    [one] ۱ تغییر.
   *[other] { $count } تغییر.
}
sync-offline = شما آفلاین هستید. Mappe وقتی دوباره آنلاین شوید همگام‌سازی می‌کند.
sync-queued = در انتظار اینترنت.

## Backup.

backup-title = پشتیبان
backup-intro = یک فایل پشتیبان در جای امن ذخیره کنید (فلش USB، ایمیل خودتان). این فایل رمزگذاری شده است: بدون رمز عبور شما هیچ‌کس نمی‌تواند آن را بخواند.
backup-export = ذخیرهٔ فایل پشتیبان
backup-restore = بازگردانی از فایل پشتیبان
backup-restore-warning = بازگردانی، کیف مدارک روی این گوشی را جایگزین می‌کند. سپس آن را با رمز عبور پشتیبان باز کنید.
backup-restored = پشتیبان بازگردانی شد. آن را با رمز عبورش باز کنید.
backup-bad = این فایل پشتیبان Mappe نیست، یا آسیب دیده است.
backup-storage-note = مرورگر شما ممکن است وقتی فضا کم است داده‌های ذخیره‌شده را پاک کند. پشتیبان داشته باشید یا همگام‌سازی کنید.

## Errors.

error-wrong_passphrase = رمز عبور درست نیست. لطفاً دوباره امتحان کنید.
error-integrity = داده‌های ذخیره‌شده آسیب دیده یا تغییر کرده‌اند. چیزی تغییر نکرد یا بازنویسی نشد. یک پشتیبان را بازگردانید یا همگام‌سازی کنید.
error-format = این فایل Mappe نیست، یا از نسخهٔ جدیدتری است.
error-recovery_code = کد بازیابی اشتباه وارد شده است. هر گروه را بررسی کنید.
error-bad_input = این مقدار پذیرفته نیست. لطفاً آن را بررسی کنید.
error-not_found = این مورد دیگر وجود ندارد.
error-too_large = این بیش از حد بزرگ است.
error-unreachable = دسترسی به سرور واسط ممکن نیست. اتصال اینترنت را بررسی کنید.
error-relay = سرور واسط این را نپذیرفت. لطفاً بعداً دوباره امتحان کنید.
error-withheld = سرور واسط تغییراتی را که این گوشی دارد ندارد. چیزی ادغام نشد. سرور دیگری را امتحان کنید یا کمک بخواهید.
error-revoked = این اشتراک لغو شده است.
error-expired = این اشتراک منقضی شده است.
error-used_up = این اشتراک به تعداد مجاز باز شده است.
error-internal = در Mappe مشکلی پیش آمد. لطفاً به پشتیبانان Mappe خبر دهید.
error-storage = مرورگر نتوانست داده‌ها را ذخیره کند. کمی فضا آزاد کنید و دوباره امتحان کنید.
error-camera = دوربین راه‌اندازی نشد.
error-detail = جزئیات: { $detail }

## تأییدهای ادارات: یک اداره مدرکی را تأیید می‌کند (docs/spec/attestation-v1.md).

key-open = کلید من برای ادارات
key-title = کلید من برای ادارات
key-intro = یک اداره می‌تواند یکی از مدارک شما را تأیید کند. برای این کار به کلید شما نیاز دارد. این کد QR را به اداره نشان دهید یا کلید را به صورت متن به آن بدهید.
key-key = کلید شما
key-fingerprint = اثر انگشت
key-fingerprint-hint = اثر انگشت را با صدای بلند با اداره مقایسه کنید.
key-copy = کپی کلید
key-copied = کلید کپی شد.
key-copy-failed = کلید کپی نشد. به‌جای آن متن را انتخاب کنید.
key-not-secret = کلید محرمانه نیست. فقط به اداره اجازه می‌دهد برای شما تأییدیه صادر کند.

attest-add = افزودن تأیید یک اداره
attest-renew = افزودن تأیید جدیدتر
attest-title = تأیید یک اداره
attest-intro = اداره به شما یک متن، یک فایل یا یک کد QR می‌دهد. Mappe آن را بررسی می‌کند و همراه این مدرک نگه می‌دارد.
attest-paste = متن اداره را اینجا بچسبانید
attest-import = افزودن تأیید
attest-or = یا:
attest-file = انتخاب فایل
attest-scan = اسکن کد QR
attest-scan-title = کد QR اداره را جلوی دوربین بگیرید
attest-no-camera = نمی‌توان از دوربین استفاده کرد. به‌جای آن فایل را انتخاب کنید.
attest-no-code = در این تصویر کد QR پیدا نشد.
attest-empty = اول متن را بچسبانید، فایل را انتخاب کنید یا کد را اسکن کنید.
attest-added = تأیید بررسی و افزوده شد.
attest-some-office = یک اداره
# $name: نام اداره همان‌طور که خودش می‌گوید (ترجمه نمی‌شود)؛ $date: آخرین روز اعتبار.
attest-badge = تأییدشده توسط { $name } تا { $date }
# $name: نام اداره؛ $date: آخرین روز اعتبار.
attest-badge-expired = تأیید منقضی شده است: { $name }، معتبر تا { $date }
attest-facts = تأییدشده توسط اداره:
attest-error-other_holder = این تأیید برای کلید شخص دیگری صادر شده است. چیزی تغییر نکرد. کلید خودتان را به اداره بدهید (کلید من برای ادارات).
attest-error-wrong_paper = این تأیید برای نوع دیگری از مدرک است. آن را به مدرک مناسب اضافه کنید.
attest-error-unreadable = این تأییدی از اداره نیست که Mappe بتواند بخواند. چیزی تغییر نکرد.
attest-error-integrity = این تأیید تغییر کرده یا آسیب دیده است. چیزی تغییر نکرد. دوباره آن را از اداره بخواهید.
attest-error-expired = این تأیید منقضی شده است. چیزی تغییر نکرد. یک تأیید جدید از اداره بخواهید.
attest-error-not_yet_valid = این تأیید هنوز معتبر نیست. تاریخ گوشی خود را بررسی کنید.

# $name: نام اداره.
share-attest-title = تأییدشده توسط { $name }. کدام اطلاعات را می‌خواهید نشان دهید؟
share-attest-hint = فقط اطلاعاتی که علامت می‌زنید فرستاده می‌شود. گیرنده می‌تواند امضای اداره را بررسی کند.
share-attest-nothing = در بالا هم دست‌کم یک مورد انتخاب کنید، مثلاً نام خود را.

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
claim-yes = بله
claim-no = خیر

## رزومهٔ من: پیش‌نمایش، سپس چاپ یا ذخیره به‌صورت PDF.

# unreviewed
cv-open = رزومهٔ من (Lebenslauf)
# unreviewed
cv-title = رزومهٔ من (Lebenslauf)
# unreviewed
cv-intro = از «دربارهٔ من»، موارد رزومه و مدارک شما ساخته می‌شود. مدارک اقامت هرگز در آن نمی‌آیند.
# unreviewed
cv-lang = زبان رزومه
# unreviewed
cv-lang-hint = کارفرمایان در آلمان رزومه‌ای به زبان آلمانی انتظار دارند.
# unreviewed
cv-photo = عکس (اختیاری)
# unreviewed
cv-photo-pick = انتخاب عکس
# unreviewed
cv-photo-none = بدون عکس
# unreviewed
cv-photo-hint = تصویر JPEG یا PNG، حداکثر ۵ مگابایت. روی گوشی شما می‌ماند.
# unreviewed
cv-photo-bad = از این تصویر نمی‌توان استفاده کرد. لطفاً یک عکس JPEG یا PNG با حداکثر ۵ مگابایت انتخاب کنید.
# unreviewed
cv-place = شهر (اختیاری)
# unreviewed
cv-place-hint = برای خط آخر، مثلاً «Berlin, den 02.12.2026».
# unreviewed
cv-preview = پیش‌نمایش رزومهٔ شما
# unreviewed
cv-print = چاپ یا ذخیره به‌صورت PDF
# unreviewed
cv-print-hint = در پنجرهٔ چاپ «ذخیره به‌صورت PDF» را انتخاب کنید تا یک فایل بگیرید.
