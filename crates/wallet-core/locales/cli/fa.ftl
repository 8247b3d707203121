# هر چیزی که فرمان `mappe` به شخص می گوید، به فارسی (مبنا: en.ftl).
# این متن ها با ترجمه ماشینی آماده شده اند و هنوز یک فارسی زبان آن ها را بررسی نکرده است.
# (These texts were drafted by machine translation and are NOT yet reviewed by a native speaker.)
# برای مترجمان: بعد از بررسی هر پیام، خط "# unreviewed" بالای آن را پاک کنید (docs/translations.md).
# (Translators: remove the "# unreviewed" line above a message once you have checked it.)
# نام فرمان ها، گزینه ها و نام فایل ها (`mappe share`، --relay، agency.json) در همه زبان ها همان طور
# می مانند: آن ها تایپ می شوند، نه خوانده.
# راست به چپ: برنامه هر متغیر را با نشانه های جداسازی (FSI/PDI) می پوشاند؛ بیشتر خط ها با یک واژه فارسی شروع می شوند.
# به جای نیم فاصله (ZWNJ) فاصله معمولی به کار رفته است (مثلاً "می شود")، تا هیچ نویسه نامرئی به ترمینال نرسد،
# مثل فایل ../fa.ftl؛ بازبین می تواند طور دیگری تصمیم بگیرد.

## عمومی

# unreviewed
error-prefix = خطا:
# unreviewed
word-yes = بله
# unreviewed
word-no = نه
# unreviewed
confirm-choices = [بله/نه]
# unreviewed
confirm-no-terminal = برنامه در ترمینال اجرا نمی شود، پس کسی نمی تواند موافقت کند: برای موافقت با آنچه در بالا نشان داده شد --yes را اضافه کنید
# unreviewed
file-exists = فایل { $file } از قبل وجود دارد؛ فایل دیگری انتخاب کنید
# unreviewed
folder-unreadable = خواندن { $dir } ممکن نیست: { $why }
# unreviewed
path-is-folder = مسیر { $path } یک پوشه است؛ نام فایلی را که باید نوشته شود بدهید
# unreviewed
not-a-regular-file = این یک فایل معمولی نیست
# unreviewed
stdin-unreadable = خواندن از ورودی استاندارد ممکن نیست
# unreviewed
save-failed = تغییر ذخیره نشد؛ فایل کیف مدارک تغییری نکرده است
# unreviewed
context-no-data-folder = پوشه ای برای داده های کیف مدارک پیدا نشد؛ از --wallet DIR استفاده کنید یا MAPPE_HOME را تنظیم کنید
# unreviewed
relay-none-chosen = هنوز سرور واسطی انتخاب نشده است؛ آن را با --relay https://… بدهید (بعد از آن به خاطر سپرده می شود)
# unreviewed
relay-bad-url = گزینه --relay { $url }: { $why }
# unreviewed
size-bytes = { $count ->
    [one] { $count } بایت
   *[other] { $count } بایت
}
# unreviewed
size-kb = { $size } KB
# unreviewed
size-mb = { $size } MB

## رمز عبور و کد بازیابی

# unreviewed
passphrase-prompt = رمز عبور:
# unreviewed
passphrase-choose = برای این کیف مدارک یک رمز عبور انتخاب کنید:
# unreviewed
passphrase-again = دوباره بنویسید:
# unreviewed
passphrase-too-short = رمز عبور خیلی کوتاه است؛ دست کم { $min } نویسه به کار ببرید
# unreviewed
passphrase-differ = دو رمز عبور با هم فرق دارند؛ چیزی ساخته نشد
# unreviewed
passphrase-none-given = رمز عبوری داده نشد: آن را در ترمینال بنویسید، MAPPE_PASSPHRASE را تنظیم کنید، یا از --passphrase-file استفاده کنید
# unreviewed
passphrase-unreadable = خواندن رمز عبور ممکن نیست
# unreviewed
passphrase-file-too-large = فایل رمز عبور { $file } بزرگ تر از { $max } بایت است
# unreviewed
passphrase-file-unreadable = خواندن فایل رمز عبور ممکن نیست: { $why }
# unreviewed
passphrase-file-not-text = فایل رمز عبور { $file } متن UTF-8 نیست
# unreviewed
passphrase-env-not-text = مقدار MAPPE_PASSPHRASE متن معتبر UTF-8 نیست
# unreviewed
recovery-code-prompt = کد بازیابی خود را بنویسید (گروه های چهارتایی، همان طور که یادداشت کرده اید)، سپس Enter را بزنید:
# unreviewed
recovery-code-heading = کد بازیابی شما — همین حالا آن را روی کاغذ بنویسید. فقط همین یک بار نشان داده می شود.
# unreviewed
recovery-code-use = اگر این دستگاه را گم کنید یا رمز عبور را فراموش کنید، این کد کیف مدارک شما را برمی گرداند.
# unreviewed
recovery-code-secret = هر کسی این کد را داشته باشد می تواند کیف مدارک شما را باز کند: از آن عکس نگیرید و آن را برای هیچ کس نفرستید.

## mappe init، recover، show

# unreviewed
init-created = یک کیف مدارک تازه در { $dir } ساخته شد.
# unreviewed
wallet-your-fingerprint = اثر انگشت کیف مدارک شما: { $fingerprint }
# unreviewed
wallet-fingerprint = اثر انگشت کیف مدارک: { $fingerprint }
# unreviewed
recover-other-wallet = در { $dir } از قبل کیف مدارک دیگری هست؛ با --wallet پوشه دیگری انتخاب کنید
# unreviewed
recover-keys-back = کلیدهای کیف مدارک در { $dir } بازیابی شد.
# unreviewed
recover-fetch-failed = کلیدها برگشتند، اما مدارک دریافت نشدند؛ برای تلاش دوباره `mappe sync` را اجرا کنید
# unreviewed
recover-fetched = کیف مدارک از { $url } دریافت شد: { $cv } مورد رزومه، { $certificates } گواهی، { $residence } مدرک اقامت، { $scans } اسکن.
# unreviewed
recover-file-unchanged = فایل کیف مدارک در این پوشه با این کلیدها باز شد؛ محتوای آن تغییری نکرده است.
# unreviewed
recover-empty = کیف مدارک روی این دستگاه خالی است: کد بازیابی کلیدهای شما را برمی گرداند، نه مدارک شما را.
# unreviewed
recover-give-relay = برای دریافت مدارک، با --relay سرور واسطی را بدهید که دستگاه دیگرتان با آن همگام سازی کرده است.

## آنچه در کیف مدارک است

# unreviewed
heading-profile = پروفایل
# unreviewed
heading-cv = رزومه
# unreviewed
heading-certificates = گواهی ها
# unreviewed
heading-residence = مدارک اقامت
# unreviewed
label-given-names = نام
# unreviewed
label-family-name = نام خانوادگی
# unreviewed
label-aliases = شکل های دیگر نوشتن نام
# unreviewed
label-born = تاریخ تولد
# unreviewed
label-birth-place = محل تولد
# unreviewed
label-nationality = تابعیت
# unreviewed
label-languages = زبان ها
# unreviewed
label-contact = تماس
# unreviewed
label-phone = تلفن
# unreviewed
label-email = ایمیل
# unreviewed
label-address = آدرس
# unreviewed
label-kind = نوع
# unreviewed
label-number = شماره
# unreviewed
label-issued-on = تاریخ صدور
# unreviewed
label-valid-until = معتبر تا
# unreviewed
label-authority = اداره صادرکننده
# unreviewed
label-organisation = سازمان
# unreviewed
label-place = محل
# unreviewed
label-from = از
# unreviewed
label-to = تا
# unreviewed
label-description = توضیح
# unreviewed
label-issuer = صادرکننده
# unreviewed
label-cefr-level = سطح CEFR
# unreviewed
label-exam = آزمون
# unreviewed
label-attachment = پیوست
# unreviewed
label-legal-basis = مبنای قانونی
# unreviewed
label-work = کار
# unreviewed
label-conditions = شرایط
# unreviewed
profile-empty = (هنوز چیزی نیست — `mappe profile set family_name …`)
# unreviewed
list-none = (هیچ)
# unreviewed
list-none-yet = (هنوز هیچ — `{ $command }`)
# unreviewed
span-since = از { $from }
# unreviewed
span-until = تا { $to }
# unreviewed
detail-level = سطح { $level }
# unreviewed
detail-issued = صادر شده در { $date }
# unreviewed
detail-number = شماره { $number }
# unreviewed
detail-valid-until = معتبر تا { $date }
# unreviewed
detail-expired-on = در { $date } منقضی شده
# unreviewed
work-permitted = کار کردن مجاز است
# unreviewed
work-permitted-with-approval = کار کردن فقط با اجازه Ausländerbehörde (اداره اتباع خارجی)
# unreviewed
work-not-permitted = کار کردن مجاز نیست
# unreviewed
detail-scan = اسکن: { $name } ({ $size })، پیوست { $id }
# unreviewed
detail-scan-missing = اسکن: { $id } (موجود نیست)
# unreviewed
kind-cv-education = مدرسه یا تحصیل
# unreviewed
kind-cv-work = کار
# unreviewed
kind-cv-training = آموزش حرفه ای یا دوره
# unreviewed
kind-cv-other = سایر
# unreviewed
kind-cert-language = گواهی زبان
# unreviewed
kind-cert-qualification = مدرک تحصیلی یا حرفه ای
# unreviewed
kind-cert-recognition = حکم ارزشیابی مدرک
# unreviewed
kind-cert-other = گواهی
# unreviewed
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis (اجازه اقامت)
# unreviewed
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis (اقامت دائم)
# unreviewed
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung (اجازه ماندن در دوران رسیدگی به پناهندگی)
# unreviewed
kind-residence-duldung = Duldung (تعلیق اخراج)
# unreviewed
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung (گواهی موقت)
# unreviewed
kind-residence-visa = ویزا
# unreviewed
kind-residence-eu-citizen = شهروند اتحادیه اروپا (آزادی رفت و آمد)
# unreviewed
kind-residence-other = مدرک اقامت دیگر
# unreviewed
kind-unknown = نوع `{ $given }` وجود ندارد؛ یکی از این ها را به کار ببرید: { $kinds }
# unreviewed
list-cv = رزومه
# unreviewed
list-certificate = گواهی ها
# unreviewed
list-residence = مدارک اقامت
# unreviewed
list-attachment = پیوست ها
# unreviewed
list-share = اشتراک ها
# unreviewed
path-profile = کل مشخصات
# unreviewed
path-residence-current = مدرک اقامت فعلی
# unreviewed
path-cv = مورد رزومه { $id }
# unreviewed
path-certificate = مدرک { $id }
# unreviewed
path-residence = مدرک اقامت { $id }
# unreviewed
path-certificate-scan = اسکن مدرک { $id }
# unreviewed
path-residence-scan = اسکن مدرک اقامت { $id }

## ویرایش

# unreviewed
profile-unknown-field = بخش ناشناخته پروفایل `{ $given }`؛ بخش ها این ها هستند: { $fields }
# unreviewed
profile-one-value = بخش { $field } فقط یک مقدار می گیرد؛ اگر فاصله دارد آن را داخل گیومه بگذارید
# unreviewed
profile-saved = بخش { $field } ذخیره شد.
# unreviewed
profile-cleared = بخش { $field } پاک شد.
# unreviewed
added-cv = مورد رزومه { $id } اضافه شد.
# unreviewed
added-certificate = گواهی { $id } اضافه شد.
# unreviewed
added-residence = مدرک اقامت { $id } اضافه شد.
# unreviewed
added-scan = اسکن به صورت رمزگذاری شده به عنوان پیوست { $id } ذخیره شد.
# unreviewed
removed-cv = مورد رزومه { $id } حذف شد.
# unreviewed
removed-certificate = گواهی { $id } حذف شد.
# unreviewed
removed-residence = مدرک اقامت { $id } حذف شد.
# unreviewed
removed-attachment = پیوست { $id } حذف شد.
# unreviewed
attachment-exported = پیوست { $id } در { $file } نوشته شد (با SHA-256 خودش بررسی شد).
# unreviewed
live-not-updated = هشدار: اشتراک های زنده الان به روز نشدند ({ $why })؛ `mappe sync` دوباره تلاش می کند.

## mappe cv export

# unreviewed
cv-format-unknown = گزینه --format { $given }: از pdf یا html یا europass استفاده کنید
# unreviewed
cv-lang-unknown = گزینه --cv-lang { $given }: از de یا en یا ar یا uk یا fa یا tr استفاده کنید
# unreviewed
cv-europass-no-photo = گزینه های --photo و --place فقط برای --format pdf یا html هستند؛ فایل Europass XML هیچ کدام را ندارد
# unreviewed
cv-place-form = گزینه --place: نام شهر خود را بنویسید، ۱ تا ۲۰۰ نویسه متن ساده
# unreviewed
cv-photo-unusable = عکس --photo { $file }: { $why }
# unreviewed
cv-no-chromium = برای PDF به Chromium نیاز است که پیدا نشد: آن را نصب کنید (Debian: apt-get install chromium) یا مسیر آن را در MAPPE_CHROMIUM بگذارید، یا از --format html استفاده کنید و فایل را از مرورگر چاپ کنید
# unreviewed
cv-chromium-env-not-file = متغیر MAPPE_CHROMIUM به { $file } اشاره می کند که فایل نیست؛ { $advice }
# unreviewed
cv-no-temp-folder = ساختن پوشه موقت در { $dir } ممکن نشد
# unreviewed
cv-chromium-not-started = اجرای { $file } ممکن نشد؛ { $advice }
# unreviewed
cv-chromium-timeout = Chromium چاپ PDF را در { $seconds } ثانیه تمام نکرد؛ --format html را امتحان کنید و فایل را از مرورگر چاپ کنید
# unreviewed
cv-chromium-failed = Chromium فایل PDF را چاپ نکرد ({ $status }؛ پیام: { $said })؛ --format html را امتحان کنید و فایل را از مرورگر چاپ کنید
# unreviewed
cv-written-pdf = رزومه شما (PDF) در { $file } نوشته شد.
# unreviewed
cv-written-html = رزومه شما (HTML؛ آن را از مرورگر روی کاغذ A4 چاپ کنید) در { $file } نوشته شد.
# unreviewed
cv-written-europass = رزومه شما به صورت Europass XML در { $file } نوشته شد.

## mappe status

# unreviewed
status-nothing = الان چیزی نیاز به توجه شما ندارد.
# unreviewed
status-residence-expiring = اعتبار { $paper } شما تا { $days } روز دیگر تمام می شود ({ $date }).
# unreviewed
status-residence-expired = منقضی شده: اعتبار { $paper } شما در { $date } تمام شد.
# unreviewed
status-residence-superseded = منقضی شده: { $paper } (در { $date } تمام شد؛ یک مدرک جدیدتر معتبر است).
# unreviewed
status-attestation-expiring = اعتبار تأیید { $office } تا { $days } روز دیگر تمام می شود ({ $date }).
# unreviewed
status-attestation-expired = اعتبار تأیید { $office } در { $date } تمام شد.
# unreviewed
status-share-expiring = اشتراک شما با { $office } تا { $days } روز دیگر تمام می شود ({ $date }).
# unreviewed
status-live-stopped = یک اشتراک زنده دیگر تغییرات شما را دنبال نمی کند: { $office }.
# unreviewed
status-share-unopened = هیچ‌کس اشتراک { $date } شما را برای { $office } باز نکرده است.
# unreviewed
status-opens-unknown = بررسی اینکه اشتراک‌های شما باز شده‌اند ممکن نشد: { $why }
# unreviewed
advice-residence-extend = پیش از تمام شدن اعتبار، به موقع در Ausländerbehörde (اداره اتباع خارجی) درخواست تمدید بدهید. اگر تا آن زمان تصمیمی گرفته نشود، یک Fiktionsbescheinigung (گواهی موقت) می گیرید: آن را همراه مدارک خود نگه دارید.
# unreviewed
advice-residence-expired = همین حالا به Ausländerbehörde (اداره اتباع خارجی) بروید. اگر پیش از تمام شدن اعتبار درخواست داده اید، Fiktionsbescheinigung (گواهی موقت) خود را بخواهید؛ یک مرکز مشاوره مهاجرت می تواند کمک کند.
# unreviewed
advice-attestation-renew = اگر هنوز به آن نیاز دارید، از اداره یک تأیید تازه بخواهید.
# unreviewed
advice-share-again = اگر اداره هنوز به آن نیاز دارد، اشتراک را لغو کنید و دوباره به اشتراک بگذارید.
# unreviewed
advice-share-unopened = از اداره بپرسید که آیا پیوند یا کد QR به دستشان رسیده است؛ اگر گم شده، دوباره به اشتراک بگذارید.

## mappe share

# unreviewed
share-attest-form = گزینه --attest { $given }: به شکل ENTRY:FACTS (مورد:اطلاعات) بنویسید، مثلاً --attest residence/ID:kind,valid_until
# unreviewed
share-expires-past = گزینه --expires { $given } در گذشته است
# unreviewed
share-expires-too-long = یک اشتراک حداکثر { $days } روز می تواند اعتبار داشته باشد
# unreviewed
share-expires-form = گزینه --expires یک مدت مثل 30d، 12h، 2w یا یک تاریخ مثل { $example } می گیرد
# unreviewed
share-to-unreadable = گزینه --to { $given }: { $why }
# unreviewed
share-fields-missing = با --fields انتخاب کنید چه چیزی به اشتراک گذاشته شود، مثلاً --fields profile.family_name,certificates/<id>/scan
# unreviewed
share-max-opens-zero = مقدار --max-opens باید دست کم 1 باشد
# unreviewed
share-purpose-length = طول --purpose باید از 1 تا { $max } نویسه باشد
# unreviewed
share-office-fingerprint = اثر انگشت کلید اداره (آن را با صدای بلند با اداره مقایسه کنید): { $fingerprint }
# unreviewed
share-question = این به اشتراک گذاشته شود؟
# unreviewed
share-nothing-shared = چیزی به اشتراک گذاشته نشد.
# unreviewed
share-link = لینک: { $link }
# unreviewed
share-id = شناسه اشتراک: { $id }
# unreviewed
share-only-office = فقط همان اداره می تواند آن را با کلید Mappe خودش باز کند. کد QR به تنهایی چیزی را فاش نمی کند.
# unreviewed
share-anyone-with-code = هر کسی این کد یا لینک را داشته باشد تا پایان اعتبار می تواند آن را باز کند: آن را فقط به اداره نشان دهید.
# unreviewed
share-qr-written = کد QR در { $file } نوشته شد.

## mappe shares، revoke

# unreviewed
shares-none = هنوز اشتراکی نیست. با `mappe share --fields …` یکی بسازید.
# unreviewed
shares-anyone-with-code = هر کسی که کد را دارد
# unreviewed
shares-label-for = برای:
# unreviewed
shares-label-fields = بخش ها:
# unreviewed
shares-label-until = تا:
# unreviewed
shares-label-opened = باز شده:
# unreviewed
shares-label-live = زنده:
# unreviewed
shares-label-note = یادداشت:
# unreviewed
shares-label-log = گزارش:
# unreviewed
shares-opened-of = { $opens } بار (از { $max } بار)
# unreviewed
shares-opened-no-limit = { $opens } بار (بدون محدودیت)
# unreviewed
shares-opened-unknown-of = نامعلوم (از { $max } بار)
# unreviewed
shares-opened-unknown = نامعلوم (بدون محدودیت)
# unreviewed
shares-live-stopped = دیگر کیف مدارک شما را دنبال نمی کند ({ $why })؛ اداره آخرین نسخه را می بیند
# unreviewed
shares-log-no-opens = باز نشده
# unreviewed
shares-log-earlier = باز شده   { $count } بار دیگر پیش از این ها (سرور واسط فقط جدیدترین ها را نشان می دهد)
# unreviewed
shares-log-opened = باز شده   { $time }  { $by }
# unreviewed
shares-by-office = توسط { $office }
# unreviewed
shares-by-agency-key = با کلید اداره { $key }
# unreviewed
shares-by-bearer = توسط کسی که کد را داشت
# unreviewed
share-status-active = فعال
# unreviewed
share-status-pending = در انتظار
# unreviewed
share-status-revoked = لغو شده
# unreviewed
share-status-expired = منقضی شده
# unreviewed
share-status-used-up = تمام شده
# unreviewed
share-status-unknown = نامعلوم
# unreviewed
revoke-revoking = در حال لغو اشتراک { $id } ({ $fields }).
# unreviewed
revoke-question = همین حالا لغو شود؟
# unreviewed
revoke-nothing = چیزی لغو نشد.
# unreviewed
revoke-done = لغو شد. سرور واسط اشتراک رمزگذاری شده را پاک کرد؛ هر کس حالا آن را باز کند رد می شود.
# unreviewed
revoke-cannot-take-back = آنچه قبلاً باز شده، پیش کسی که آن را باز کرده می ماند: لغو کردن نمی تواند آن را پس بگیرد.

## mappe open

# unreviewed
open-trust-key-form = گزینه --trust-key: 64 نویسه هگزادسیمال کلید امضای فهرست مورد اعتماد را بدهید
# unreviewed
open-trust-list-form = گزینه --trust-list { $url }: یک نشانی https:// با مسیر بدهید، مثل https://relay.example.org/v1/directory
# unreviewed
open-save-not-folder = گزینه --save-attachments { $dir }: پوشه نیست
# unreviewed
open-needs-agency-key = لینک کلید ندارد؛ در آن اداره `mappe open LINK --as AGENCY_FOLDER` را اجرا کنید
# unreviewed
open-office-passphrase-prompt = رمز عبور کلید Mappe اداره:
# unreviewed
open-stated-by-person = گفته های خود شخص، بدون تغییر از زمان اشتراک: امضا شده توسط کیف مدارکی با اثر انگشت { $fingerprint }.
# unreviewed
open-stated-meaning = این ثابت می کند چه کسی آن را به اشتراک گذاشته و اینکه چیزی تغییر نکرده است، نه اینکه اطلاعات درست است.
# unreviewed
open-anyone-with-code = هر کسی که کد را دارد
# unreviewed
open-label-shared-with = به اشتراک گذاشته با
# unreviewed
open-label-purpose = هدف
# unreviewed
open-label-valid-until = معتبر تا
# unreviewed
open-label-opened = باز شده
# unreviewed
open-label-live = اشتراک زنده
# unreviewed
open-opened-of = { $opens } بار از { $max } بار
# unreviewed
open-opened-times = { $opens } بار
# unreviewed
open-live-revision = نسخه { $revision }
# unreviewed
open-live-revision-corrected = نسخه { $revision }، آخرین اصلاح در { $date }
# unreviewed
open-no-changes = بدون تغییر از آخرین باری که آن را باز کردید (نسخه { $revision }).
# unreviewed
open-changed = تغییر کرده از آخرین باری که آن را باز کردید (از نسخه { $from } به نسخه { $to }):
# unreviewed
open-changed-on = تغییر کرده از آخرین باری که آن را باز کردید (از نسخه { $from } به نسخه { $to }، اصلاح شده در { $date }):
# unreviewed
open-change-none = (هیچ)
# unreviewed
open-change-removed = (حذف شد)
# unreviewed
open-attestations-heading = تأییدهای ادارات (جدا از گفته های شخص بررسی شده)
# unreviewed
open-trust-list-not-used = فهرست مورد اعتماد استفاده نشد: { $why }
# unreviewed
open-no-trust-list = هیچ فهرست مورد اعتمادی تعیین نشده است (--trust-key): هیچ اداره ای مورد اعتماد حساب نمی شود، پس هیچ تأییدی تأیید شده نشان داده نمی شود.
# unreviewed
open-attestation-paper = مدرک
# unreviewed
open-attestation-an-office = یک اداره
# unreviewed
open-attestation-confirmed = تأیید شده توسط { $office } در { $date }
# unreviewed
open-attestation-untrusted = تأیید نشده: امضا شده توسط اداره ای که در فهرست مورد اعتماد شما نیست
# unreviewed
open-attestation-status-unknown = تأیید نشده: { $office } آن را در { $date } امضا کرد، اما نمی توان بررسی کرد که آیا آن را پس گرفته است یا نه
# unreviewed
open-attestation-withdrawn = پس گرفته شده توسط { $office }: دیگر این را تأیید نمی کند
# unreviewed
open-attestation-expired = منقضی شده: اعتبار تأیید در { $date } تمام شد
# unreviewed
open-attestation-invalid = نامعتبر، هیچ بخشی از آن نشان داده نمی شود: { $why }
# unreviewed
open-attestation-list-of = (فهرست تأییدهای پس گرفته شده در { $time })
# unreviewed
open-scans-heading = اسکن ها
# unreviewed
open-scan-saved = اسکن { $name } ({ $media_type }، { $size }) در { $file } ذخیره شد
# unreviewed
open-scan-listed = اسکن { $name } ({ $media_type }، { $size }) — برای دانلود آن از --save-attachments DIR استفاده کنید
# unreviewed
open-consent-heading = آنچه به شخص نشان داده شد و با آن موافقت کرد ({ $lang }):

## خطاها (جمله های خود کتابخانه، به زبان شخص)

# unreviewed
error-wrong-passphrase = رمز عبور اشتباه است
# unreviewed
error-no-wallet = هنوز کیف مدارکی در { $dir } نیست؛ برای ساختن آن `mappe init` را اجرا کنید
# unreviewed
error-wallet-exists = در { $dir } از قبل یک کیف مدارک هست؛ دست نخورده ماند
# unreviewed
error-not-found = در { $list } موردی با شناسه `{ $id }` نیست
# unreviewed
error-ambiguous-id = شناسه `{ $id }` با بیش از یک مورد در { $list } جور درمی آید؛ نویسه های بیشتری از شناسه را بدهید
# unreviewed
error-unreadable-input = خواندن { $file } ممکن نیست: { $why }
# unreviewed
error-relay-unreachable = دسترسی به سرور واسط در { $url } ممکن نیست: { $why }
# unreviewed
error-share-revoked = کسی که این اشتراک را ساخته بود آن را لغو کرده است؛ چیزی نمی توان نشان داد
# unreviewed
error-share-expired = این اشتراک منقضی شده است؛ چیزی نمی توان نشان داد
# unreviewed
error-share-used-up = این اشتراک به تعدادی که صاحبش اجازه داده بود باز شده است؛ چیزی نمی توان نشان داد
# unreviewed
error-share-not-found = سرور واسط این اشتراک را نمی شناسد (لینک اشتباه است، یا دیگر وجود ندارد)
# unreviewed
error-needs-agency-key = این اشتراک برای یک اداره مشخص است و فقط با کلید Mappe همان اداره باز می شود (`mappe open LINK --as AGENCY_FOLDER`)
# unreviewed
error-not-for-this-key = این کلید نمی تواند این اشتراک را باز کند: برای کس دیگری ساخته شده است
# unreviewed
error-share-altered = اشتراک در راه تغییر کرده یا آسیب دیده است؛ چیزی نشان داده نمی شود
# unreviewed
error-share-bad-signature = امضای صاحب اشتراک مطابقت ندارد: اشتراک تغییر داده شده است؛ چیزی نشان داده نمی شود
# unreviewed
error-share-expired-on = این اشتراک در { $date } منقضی شد
# unreviewed
error-share-newer-version = این اشتراک با نسخه جدیدتری از Mappe ساخته شده است (قالب { $version })؛ لطفاً Mappe را به روز کنید
# unreviewed
error-sync-busy = وقتی این دستگاه تلاش می کرد، دستگاه های دیگر مدام در سرور واسط می نوشتند؛ همگام سازی را دوباره اجرا کنید
# unreviewed
error-missing-scan = اسکن { $name } هنوز روی این دستگاه نیست؛ اول دستگاهی را که آن را اضافه کرد همگام سازی کنید
# unreviewed
error-not-a-picture = فایل { $file } یک تصویر PNG یا JPEG قابل خواندن نیست
# unreviewed
error-picture-too-large = فایل { $file } تصویری به اندازه { $width } × { $height } پیکسل است؛ حداکثر 40 مگاپیکسل قابل خواندن است
# unreviewed
error-no-qr-code = در { $file } هیچ کد QR خوانده نشد؛ دوباره عکس بگیرید: نزدیک تر، از روبه رو و در نور یکنواخت
# unreviewed
error-qr-agency-card = کد QR در { $file } کارت یک اداره ({ $office }) است، نه یک اشتراک؛ برای اشتراک گذاشتن با همان اداره است (`mappe share --to`)
# unreviewed
error-qr-not-share = کد QR در { $file } لینک اشتراک Mappe نیست؛ محتوای آن: «{ $shown }»

## mappe sync

# unreviewed
sync-withheld = سرور واسط تغییراتی را که این دستگاه دیده است ندارد ({ $detail })؛ چیزی ادغام نشد. اگر سرور واسط از یک پشتیبان بازگردانده شده است، `mappe sync --resend` را اجرا کنید تا تغییرات این دستگاه دوباره به آن داده شود؛ اگر نه، شاید سرور واسط آن ها را عمداً نگه می دارد: از مرکز مشاوره ای که آن را اداره می کند بپرسید
# unreviewed
sync-done-sent = همگام سازی با { $url } انجام شد: { $merged } مورد از دستگاه های دیگر ادغام شد و تغییرات این دستگاه فرستاده شد؛ گزارش همگام سازی: مورد شماره { $seq }.
# unreviewed
sync-done-nothing = همگام سازی با { $url } انجام شد: { $merged } مورد از دستگاه های دیگر ادغام شد و چیز تازه ای برای فرستادن نیست؛ گزارش همگام سازی: مورد شماره { $seq }.
# unreviewed
sync-scans = اسکن ها: { $down } دانلود شد، { $up } آپلود شد.
# unreviewed
sync-scan-missing = اسکن { $name } هنوز روی سرور واسط نیست: دستگاهی را که آن را اضافه کرد همگام سازی کنید.
# unreviewed
live-updated = اشتراک زنده { $id } به نسخه { $revision } به روز شد.
# unreviewed
live-revoked-elsewhere = اشتراک زنده { $id } روی دستگاه دیگری لغو شد؛ حالا اینجا هم لغو شده ثبت شده است.
# unreviewed
live-stopped = اشتراک زنده { $id } دیگر کیف مدارک شما را دنبال نمی کند ({ $why }). اداره همچنان آخرین نسخه را می بیند؛ در صورت نیاز آن را با `mappe revoke { $id }` لغو کنید و دوباره به اشتراک بگذارید.

## mappe forget

# unreviewed
forget-asking = از سرور واسط { $url } خواسته می شود این کیف مدارک را فراموش کند.
# unreviewed
forget-what = سرور هر چه از شما دارد پاک می کند: نسخه رمزگذاری شده کیف مدارک شما (گزارش همگام سازی و اسکن ها)، هر اشتراکی که آنجا ساخته اید، و گزارش های دسترسی به آن ها.
# unreviewed
forget-live-shares = { $count ->
    [0] شما روی این سرور واسط هیچ اشتراک فعالی ندارید.
    [one] تنها اشتراک فعال شما روی این سرور واسط فوراً از کار می افتد.
   *[other] { $count } اشتراک فعال شما روی این سرور واسط فوراً از کار می افتند.
}
# unreviewed
forget-cannot-take-back = آنچه ادارات قبلاً باز کرده اند پیش آن ها می ماند: فراموش کردن نمی تواند آن را پس بگیرد.
# unreviewed
forget-device-kept = کیف مدارک شما روی این دستگاه می ماند؛ اگر بعداً با این سرور واسط `mappe sync` کنید، یک نسخه تازه آنجا شروع می شود.
# unreviewed
forget-question = همین حالا از سرور واسط بخواهیم شما را فراموش کند؟
# unreviewed
forget-nothing-sent = چیزی فرستاده نشد.
# unreviewed
forget-receipt-kept = رسید در { $file } نگه داشته شد.
# unreviewed
forget-done = سرور واسط این کیف مدارک را فراموش کرد. رسید امضا شده آن بررسی و تأیید شد:
# unreviewed
forget-revoked-here = تعداد اشتراک های این سرور واسط که حالا در کیف مدارک شما لغو شده ثبت شده اند: { $count }.
# unreviewed
forget-no-receipts = هنوز رسید حذفی نیست. `mappe forget --relay URL` از یک سرور واسط می خواهد شما را فراموش کند.
# unreviewed
receipt-label-relay = سرور واسط:
# unreviewed
receipt-label-relay-key = کلید سرور:
# unreviewed
receipt-label-deleted-at = زمان حذف:
# unreviewed
receipt-label-deleted = حذف شده:
# unreviewed
receipt-label-share = اشتراک:
# unreviewed
receipt-deleted-counts = اشتراک ها: { $shares }، اسکن های به اشتراک گذاشته: { $share_scans }، سطرهای گزارش دسترسی: { $log_rows }، موردهای گزارش همگام سازی: { $sync_entries }، اسکن های همگام شده: { $sync_scans }

## ادارات: mappe agency

# unreviewed
agency-folder-taken = پوشه { $dir } از قبل یک هویت Mappe دارد؛ با --wallet پوشه دیگری انتخاب کنید
# unreviewed
agency-name-form = گزینه --name: نام اداره را بدهید، 1 تا 200 نویسه متن ساده
# unreviewed
agency-kind-unknown = گزینه --kind { $given }: یکی از این ها را به کار ببرید: { $kinds }
# unreviewed
agency-created = هویت Mappe برای { $name } ({ $kind }) در { $dir } ساخته شد.
# unreviewed
agency-fingerprint = اثر انگشت (آن را با صدای بلند با کسانی که با شما اشتراک می گذارند مقایسه کنید): { $fingerprint }
# unreviewed
agency-card-file = کارت عمومی برای کسانی که با این اداره اشتراک می گذارند: { $file }
# unreviewed
agency-key-string = یا این کلید را به آن ها بدهید: { $key }
# unreviewed
agency-card-qr = کارت به شکل کد QR، تا مردم آن را با برنامه Mappe اسکن کنند (همچنین در { $file }):
# unreviewed
agency-no-card = پوشه { $dir } پوشه یک اداره نیست ({ $file } ندارد)؛ با `mappe agency init` یکی بسازید
# unreviewed
agency-exported = کلید { $name } در { $file } نوشته شد.
# unreviewed
agency-exported-how = کلید با رمز عبور اداره قفل می ماند: آن را به رایانه دیگر اداره ببرید و آنجا وارد کنید (`mappe agency import` یا میز کار اداره در مرورگر). اثر انگشت: { $fingerprint }
# unreviewed
agency-export-too-large = فایل { $file } برای یک فایل خروجی اداره بیش از حد بزرگ است
# unreviewed
agency-imported = کلید Mappe برای { $name } ({ $kind }) در { $dir } راه اندازی شد.
# unreviewed
agency-imported-fingerprint = اثر انگشت (آن را با رایانه های دیگر اداره مقایسه کنید): { $fingerprint }

## تأییدها

# unreviewed
attest-expires-form = گزینه --expires یک تاریخ مثل { $example } یا تعداد روز مثل 365d می گیرد
# unreviewed
attest-key-form = گزینه { $flag }: 64 نویسه هگزادسیمال کلید را بدهید
# unreviewed
attest-kind-unknown = گزینه --kind { $given }: residence، certificate یا recognition را به کار ببرید
# unreviewed
attest-claim-form = گزینه --claim { $given }: به شکل NAME=VALUE (نام=مقدار) بنویسید، مثلاً --claim valid_until=2027-06-30
# unreviewed
attest-relay-fixed = این اداره تأییدهای پس گرفته خود را در { $url } منتشر می کند؛ تأییدهایی که قبلاً صادر شده اند به آنجا اشاره می کنند
# unreviewed
attest-issued = اداره { $office } یک مدرک ({ $paper }) از شخص دارای کلید { $key } را تأیید کرد: شماره تأیید { $number }.
# unreviewed
attest-written = معتبر تا { $date }. در { $file } نوشته شد: این فایل را به شخص بدهید.
# unreviewed
attest-too-long-for-qr = این تأیید برای یک کد QR بیش از حد طولانی است؛ فایل را به شخص بدهید
# unreviewed
attest-how-to-withdraw = برای پس گرفتن آن در آینده: mappe agency withdraw { $number } (در { $url } منتشر می شود).
# unreviewed
attest-none-issued = این اداره هنوز هیچ تأییدی صادر نکرده است ({ $file } در { $dir } نیست)
# unreviewed
attest-withdrawn = تأیید شماره { $number } پس گرفته شد ({ $paper }، صادر شده برای کلید { $key }). بررسی کنندگان از این به بعد این را در { $url } می بینند.
# unreviewed
attest-withdrawn-cannot-take-back = اداراتی که قبلاً اشتراکی همراه این تأیید را باز کرده اند، آنچه را آن زمان دیدند نگه می دارند.
# unreviewed
attest-your-key = کلید شما، برای اداره ای که یکی از مدارک شما را تأیید می کند: { $key }
# unreviewed
attest-your-fingerprint = اثر انگشت (آن را با صدای بلند با اداره مقایسه کنید): { $fingerprint }
# unreviewed
attest-entry-form = گزینه --to { $given }: مورد را به شکل residence/ID یا certificates/ID بنویسید
# unreviewed
attest-file-too-large = فایل { $file } برای یک تأیید بیش از حد بزرگ است
# unreviewed
attest-file-not-text = فایل { $file } تأیید نیست (متن نیست)
# unreviewed
attest-wrong-section = این تأیید مربوط به نوع دیگری از مدرک است ({ $paper })؛ نمی توان آن را همراه { $entry } نگه داشت
# unreviewed
attest-kept = تأیید { $office } همراه { $entry } نگه داشته شد (معتبر تا { $date }).
# unreviewed
attest-confirmed-facts = اطلاعات تأیید شده: { $facts }
# unreviewed
attest-share-hint = برای به اشتراک گذاشتن آن: { $command }
# unreviewed
attest-list-none = هنوز هیچ اداره ای هیچ یک از مدارک شما را تأیید نکرده است. کلید خود را به یک اداره بدهید (mappe attestation key).
# unreviewed
attest-list-valid = { $entry }: { $paper } تأیید شده توسط { $office } (معتبر تا { $date })
# unreviewed
attest-list-expired = { $entry }: { $paper } تأیید شده توسط { $office } (منقضی شده، پایان در { $date })
# unreviewed
attest-list-unreadable = { $entry }: تأییدی که این نسخه نمی تواند بخواند

## mappe demo

# unreviewed
demo-intro = نمایش آزمایشی Mappe. همه چیز در یک پوشه موقت انجام می شود که در پایان پاک می شود:
# unreviewed
demo-step = مرحله { $number }: { $text }
# unreviewed
demo-step-1-given = یک مرکز مشاوره یک سرور واسط را اداره می کند. اینجا: همان که با --relay داده شد.
# unreviewed
demo-step-1-inside = یک مرکز مشاوره یک سرور واسط را اداره می کند. اینجا: یک سرور روی همین رایانه که در SQLite ذخیره می کند.
# unreviewed
demo-relay-given = از سرور واسط در { $url } استفاده می شود. این سرور هرگز چیزی جز بایت های رمزگذاری شده نمی بیند.
# unreviewed
demo-relay-inside = سرور واسط در { $url } منتظر است. این سرور هرگز چیزی جز بایت های رمزگذاری شده نمی بیند.
# unreviewed
demo-relay-failed = راه اندازی سرور واسط آزمایشی ممکن نیست
# unreviewed
demo-no-relay-inside = این برنامه mappe بدون سرور واسط داخلی ساخته شده است؛ نمایش را با `cargo run --release --bin mappe --features embedded-relay -- demo` اجرا کنید، یا یک سرور واسط راه بیندازید (`mappe-relay`) و `mappe demo --relay URL` را اجرا کنید
# unreviewed
demo-no-temp-folder = ساختن پوشه موقت ممکن نیست
# unreviewed
demo-no-example-scan = نوشتن اسکن نمونه ممکن نیست
# unreviewed
demo-step-2 = امل کیف مدارک خود را می سازد و پروفایلش را پر می کند.
# unreviewed
demo-wallet-created = کیف مدارک ساخته شد. اثر انگشت: { $fingerprint }
# unreviewed
demo-step-3 = او رزومه اش را اضافه می کند: تحصیل در حلب، کار در غازی عنتاب، دوره ادغام (Integrationskurs).
# unreviewed
demo-step-4 = او گواهی B1 خود را اسکن و اضافه می کند؛ اسکن در تکه های 64 KiB رمزگذاری می شود.
# unreviewed
demo-step-5 = او اجازه اقامتش را اضافه می کند و به کیف مدارکش نگاه می کند.
# unreviewed
demo-step-6 = اداره Jobcenter (مرکز کاریابی) یک بار کلید Mappe خودش را می سازد و کارتش را (agency.json) منتشر می کند.
# unreviewed
demo-step-7 = امل پشت میز Jobcenter گواهی B1 خود را همراه اسکن آن، اجازه اقامت فعلی اش و نامش را به اشتراک می گذارد — فقط برای همین اداره، 30 روز، حداکثر 3 بار باز کردن. او می خواند که این یعنی چه و موافقت می کند.
# unreviewed
demo-step-8 = کسی از روی شانه اش از کد QR عکس می گیرد. بدون کلید Jobcenter، این کد چیزی را فاش نمی کند:
# unreviewed
demo-step-9 = کارمند کد QR را اسکن می کند و با کلید Jobcenter باز می کند: بررسی شد، دقیقاً همین بخش ها.
# unreviewed
demo-scan-not-saved = اسکن ذخیره نشد
# unreviewed
demo-scan-identical = اسکن ذخیره شده بایت به بایت با اصل مدرک امل یکی است: بله
# unreviewed
demo-scan-differs = اسکن ذخیره شده با اصل فرق دارد
# unreviewed
demo-step-10 = امل در خانه نگاه می کند چه کسی اشتراکش را باز کرده است.
# unreviewed
demo-step-11 = امل اشتراک را لغو می کند.
# unreviewed
demo-step-12 = کارمند دوباره سعی می کند آن را باز کند.
# unreviewed
demo-refused = رد شد: { $why }
# unreviewed
demo-finished = نمایش تمام شد: اشتراک یک بار توسط Jobcenter باز شد، سپس لغو شد، و اشتراک لغو شده رد شد.
