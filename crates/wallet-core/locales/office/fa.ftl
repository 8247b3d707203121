### Mappe office desk (/office/): Persian (فارسی).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = میز کار Mappe برای ادارات
language-self = فارسی
language = زبان
back = بازگشت
cancel = لغو
close = بستن
print = چاپ
lock = پایان نشست
working = لحظه‌ای صبر کنید …

start-intro = مدارکی را که افراد از Mappe خود با اداره شما به اشتراک می‌گذارند باز کنید. رمزگشایی فقط در همین مرورگر انجام می‌شود.
start-create-title = ساختن کلید اداره
start-create-intro = یک کلید برای کل اداره (مثلاً یک تیم). افراد کارت آن را اسکن می‌کنند تا با شما به اشتراک بگذارند.
office-name = نام اداره
office-name-hint = همان‌طور که مردم آن را می‌شناسند، مثلاً «Jobcenter Musterstadt, Team 3».
office-kind = نوع اداره
passphrase = عبارت عبور
passphrase-again = تکرار عبارت عبور
passphrase-hint = دست‌کم ۸ نویسه. همه کسانی که در این میز اشتراک‌ها را باز می‌کنند به آن نیاز دارند.
passphrase-mismatch = دو عبارت عبور یکسان نیستند.
passphrase-short = لطفاً دست‌کم ۸ نویسه به کار ببرید.
name-missing = لطفاً نام اداره را وارد کنید.
create = ساختن کلید اداره
start-import-title = استفاده از کلید موجود اداره
start-import-intro = از رایانه دیگری در همین اداره (فایل خروجی)، یا ساخته‌شده با خط فرمان (دو فایل keystore.mappe و agency.json از پوشه آن).
import-files = انتخاب فایل‌ها
import-done = کلید اداره در این مرورگر ذخیره شد. آن را با عبارت عبورش باز کنید.
start-unlock-title = باز کردن میز کار
unlock-office = اداره: { $name }
unlock = باز کردن
start-other-key = استفاده از کلید دیگری در این مرورگر
start-other-key-warning = این کار کلید اداره را از این مرورگر پاک می‌کند. اگر جای دیگری ذخیره نشده، اول از آن خروجی بگیرید.
start-other-key-yes = بله، از این مرورگر پاک شود
locked-idle = نشست پس از ۱۵ دقیقه بی‌استفادگی پایان یافت.

recovery-title = کد بازیابی کلید اداره
recovery-intro = این کد را روی کاغذ بنویسید و در جای قفل‌شده نگه دارید. اگر همه نسخه‌ها از دست بروند، با آن می‌توان کلید را دوباره ساخت.
recovery-once = فقط همین حالا نشان داده می‌شود. هر کس آن را داشته باشد می‌تواند همه چیزهایی را که با اداره شما به اشتراک گذاشته می‌شود باز کند.
recovery-written = آن را یادداشت کردم

kind-jobcenter = مرکز کاریابی (Jobcenter)
kind-auslaenderbehoerde = اداره اتباع خارجی (Ausländerbehörde)
kind-sozialamt = اداره امور اجتماعی (Sozialamt)
kind-agentur_fuer_arbeit = آژانس کار (Agentur für Arbeit)
kind-bamf = اداره فدرال مهاجرت و پناهندگان (BAMF)
kind-beratungsstelle = مرکز مشاوره
kind-sprachschule = آموزشگاه زبان
kind-other = دیگر

desk-title = میز کار
desk-card-title = کارت اداره شما
desk-card-intro = افراد این کد را با Mappe خود اسکن می‌کنند تا مدارکشان را فقط با اداره شما به اشتراک بگذارند.
desk-fingerprint = کلید
desk-poster = پوستر برای پیشخوان (A4)
desk-export = خروجی گرفتن از کلید اداره
desk-export-intro = برای رایانه دوم همین اداره. فایل با عبارت عبور قفل می‌ماند.
desk-export-done = فایل خروجی ذخیره شد. آن را در رایانه دیگر وارد کنید و با همان عبارت عبور باز کنید.
desk-open-title = باز کردن اشتراک
desk-open-intro = کدی را که فرد نشان می‌دهد اسکن کنید یا پیوند را بچسبانید.
open-scan = اسکن با دوربین
open-link = پیوند
open-link-go = باز کردن
open-picture = از یک تصویر
open-opening = در حال باز کردن و بررسی …
scan-title = کد را جلوی دوربین نگه دارید
scan-no-camera = نمی‌توان از دوربین استفاده کرد. به جای آن پیوند را بچسبانید یا تصویری انتخاب کنید.
scan-no-code = در این تصویر کدی پیدا نشد.
open-other-relay = این اشتراک روی رله دیگری است ({ $host }). آن را در میز کار همان رله باز کنید.
not-a-link = این پیوند اشتراک Mappe نیست.

poster-title = مدارک خود را با ما به اشتراک بگذارید
poster-text = Mappe را در تلفن خود باز کنید، «اشتراک‌گذاری» و سپس «فقط یک اداره» را انتخاب کنید و این کد را اسکن کنید.
poster-check = بررسی کنید که برنامه همین اداره و همین کلید را نشان می‌دهد:

share-stated = اظهارات خود فرد، بدون تغییر از زمان اشتراک‌گذاری
share-stated-text = امضاشده با Mappe دارای این کلید و بدون تغییر از زمان اشتراک‌گذاری:
share-stated-note = این نشان می‌دهد چه کسی آن را به اشتراک گذاشته و اینکه چیزی تغییر نکرده است، نه اینکه اطلاعات درست است.
share-from-sitting = از همین نشست نمایش داده شد، دوباره دریافت نشد.
share-fetch-again = دریافت دوباره (یک بار باز کردن دیگر مصرف می‌شود)
share-fetch-again-confirm = دریافت دوباره یکی دیگر از دفعات مجاز باز کردن را مصرف می‌کند. دوباره دریافت شود؟
share-fetch-again-yes = بله، دوباره دریافت شود
share-shared-with = به اشتراک گذاشته با
share-anyone = هر کسی که کد یا پیوند را دارد
share-office = { $name }
share-purpose = هدف
share-valid-until = معتبر تا
share-opens = دفعات باز شدن
share-opens-of = { $opens } از { $max }
share-opens-unlimited = { $opens } (بدون محدودیت)
share-revision = نسخه
share-live = به‌روز: اصلاحات بعدی با باز کردن بعدی می‌رسند.
share-revised = آخرین اصلاح
share-changed-title = تغییرات از آخرین باری که باز کردید
share-changed-intro = از نسخه { $revision }:
share-changed-none = از آخرین باری که باز کردید چیزی تغییر نکرده است.
share-changed-added = (جدید)
share-changed-removed = (حذف‌شده)
share-fields = مدارک به اشتراک گذاشته، آن‌طور که فرد اظهار کرده است
share-scans = اسکن‌ها
share-scan-size = { $size }
share-scan-open = باز کردن
share-scan-download = بارگیری
share-consent-title = آنچه به فرد نشان داده شد و با آن موافقت کرد
share-consent-lang = به زبان: { $lang }
share-record = چاپ گزارش برای پرونده
share-close = بستن این اشتراک
share-id = شماره اشتراک
share-created = تاریخ اشتراک

attest-title = تأییدهای اداره‌ها
attest-intro = اداره‌ای خودش این اطلاعات را امضا کرده است. هر کدام جداگانه بررسی می‌شود.
attest-confirmed = تأییدشده توسط { $name } در { $date }
attest-untrusted = امضاشده توسط اداره‌ای که در فهرست اعتماد شما نیست
attest-status-unknown = بررسی اینکه آیا اداره آن را پس گرفته است ممکن نشد
attest-withdrawn = اداره آن را پس گرفته است
attest-expired = اعتبار تأیید در { $date } به پایان رسید
attest-not-yet-valid = تاریخ تأیید در آینده است ({ $date })
attest-invalid = نامعتبر — نمایش داده نمی‌شود: { $reason }
attest-reason-malformed = آسیب دیده است یا تأیید یک اداره نیست
attest-reason-algorithm = روش امضای آن پذیرفته نیست
attest-reason-bad_signature = امضای اداره مطابقت ندارد، تغییر داده شده است
attest-reason-bad_disclosure = یکی از اطلاعات آن را اداره امضا نکرده است
attest-reason-bad_key_binding = به این اشتراک‌گذاری متصل نیست
attest-reason-other_holder = برای فرد دیگری صادر شده است
attest-reason-unknown_type = نوع ناشناخته‌ای از مدرک
attest-reason-bad_claim = یکی از اطلاعات آن شکل درستی ندارد
attest-reason-too_large = بیش از حد بزرگ است
attest-reason-other = یک بررسی ناموفق بود ({ $detail })
attest-trust-problem = فهرست اعتماد اداره‌ها قابل استفاده نبود. هیچ اداره‌ای در آن ثبت‌شده به شمار نمی‌آید.
attest-kind = مدرک
attest-kind-residence = مدرک اقامت
attest-kind-certificate = گواهی
attest-kind-recognition = ارزشیابی مدرک خارجی
attest-about = درباره مورد
attest-facts-confirmed = اطلاعات تأییدشده
attest-facts = اطلاعات امضاشده توسط اداره (تأییدنشده)
attest-facts-none = اطلاعاتی نمایش داده نمی‌شود.
attest-office = اداره
attest-office-unlisted = در فهرست اعتماد شما نیست
attest-office-key = کلید اداره
attest-issued = تاریخ صدور
attest-expires = تأیید معتبر تا
attest-status-as-of = فهرست لغو بررسی شد
attest-yes = بله
attest-no = خیر

claim-kind = نوع
claim-number = شماره مدرک
claim-valid_from = معتبر از
claim-valid_until = معتبر تا
claim-legal_basis = مبنای قانونی
claim-work_permitted = اجازه کار
claim-level = سطح
claim-issuer = صادرکننده
claim-date = تاریخ
claim-degree = مدرک تحصیلی
claim-decision = تصمیم

record-title = گزارش یک اشتراک تأییدشده Mappe
record-retrieved = دریافت‌شده در { $date }
record-by = توسط { $name } (کلید { $fingerprint })
record-from = داده‌ها از Mappe دارای کلید

section-profile = اطلاعات شخصی
section-cv = سوابق
section-certificates = گواهی‌ها
section-residence = مدارک اقامت
section-other = اطلاعات دیگر
empty = —

field-given_names = نام‌ها
field-family_name = نام خانوادگی
field-aliases = نام‌های دیگر
field-birth_date = تاریخ تولد
field-birth_place = محل تولد
field-nationality = تابعیت
field-languages = زبان‌ها
field-contact = تماس
field-phone = تلفن
field-email = ایمیل
field-address = نشانی
field-kind = نوع
field-title = عنوان
field-organisation = مدرسه، کارفرما یا برگزارکننده دوره
field-place = مکان
field-from = از
field-to = تا
field-description = شرح
field-issuer = صادرکننده
field-issued_on = تاریخ صدور
field-cefr_level = سطح (CEFR)
field-exam = آزمون
field-number = شماره سند
field-valid_until = معتبر تا
field-authority = مرجع
field-language = زبان
field-level = سطح
# unreviewed
field-legal_basis = مبنای قانونی
# unreviewed
field-work = کار
# unreviewed
field-conditions = شرایط (Auflagen)
# unreviewed
work-permitted = کار مجاز است
# unreviewed
work-permitted_with_approval = کار فقط با اجازهٔ ادارهٔ اتباع خارجی
# unreviewed
work-not_permitted = کار مجاز نیست

item-education = مدرسه یا تحصیلات
item-work = کار
item-training = آموزش یا دوره
item-other = دیگر
item-language = گواهی زبان
item-qualification = مدرک
item-recognition = ارزشیابی مدرک خارجی
item-aufenthaltserlaubnis = اجازه اقامت (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = اقامت دائم (Niederlassungserlaubnis)
item-aufenthaltsgestattung = اجازه ماندن در دوران پناهجویی (Aufenthaltsgestattung)
item-duldung = تحمل اقامت (Duldung)
item-fiktionsbescheinigung = گواهی موقت (Fiktionsbescheinigung)
item-visa = ویزا
item-eu_citizen = شهروند اتحادیه اروپا

lang-de = آلمانی
lang-en = انگلیسی
lang-ar = عربی
lang-uk = اوکراینی
lang-fa = فارسی
lang-tr = ترکی

error-wrong_passphrase = عبارت عبور درست نیست. لطفاً دوباره تلاش کنید.
error-integrity = بررسی ناموفق بود: داده‌ها تغییر کرده یا آسیب دیده‌اند، یا امضا مطابقت ندارد. چیزی نمایش داده نمی‌شود.
error-format = این فایل یا اشتراک Mappe نیست، یا از نسخه جدیدتری از Mappe است.
error-bad_input = این پذیرفته نمی‌شود. لطفاً بررسی کنید.
error-not_found = چنین اشتراکی روی رله وجود ندارد.
error-too_large = این بیش از حد بزرگ است.
error-unreachable = به رله دسترسی نیست. اتصال شبکه را بررسی کنید.
error-relay = رله این را نپذیرفت. لطفاً بعداً دوباره تلاش کنید.
error-withheld = رله داده‌هایی کم دارد. چیزی نمایش داده نمی‌شود.
error-revoked = فرد این اشتراک را لغو کرده است. دیگر نمی‌توان آن را باز کرد.
error-expired = اعتبار این اشتراک تمام شده است. از فرد اشتراک تازه‌ای بخواهید.
error-used_up = این اشتراک به تعداد مجاز باز شده است. از فرد اشتراک تازه‌ای بخواهید.
error-not_for_this_office = این اشتراک برای اداره دیگری است. اینجا نمی‌توان آن را باز کرد.
error-older_revision = هشدار: رله نسخه‌ای قدیمی‌تر از آنچه این اداره قبلاً دیده است تحویل داد. چیزی نمایش داده نمی‌شود. به فرد و بخش فناوری اطلاعات خود اطلاع دهید.
error-recovery_code = کد بازیابی اشتباه وارد شده است.
error-internal = در Mappe خطایی رخ داد. لطفاً به بخش فناوری اطلاعات خود اطلاع دهید.
error-storage = مرورگر نتوانست داده‌ها را ذخیره کند.
error-detail = جزئیات: { $detail }

## تأیید یک مدرک: اداره اطلاعاتی درباره مدرک شخص را امضا می‌کند و می‌تواند آن را پس بگیرد.

desk-issue-intro = اطلاعاتی را که در مدرک شخص بررسی کرده‌اید تأیید کنید، مثلاً اجازه اقامت. اینجا آنچه این اداره تأیید کرده را می‌بینید و می‌توانید پس بگیرید.
desk-issue = تأیید یک مدرک
issue-title = تأیید یک مدرک
issue-intro = شما اطلاعاتی را که بررسی کرده‌اید امضا می‌کنید. شخص تأیید را در Mappe خود نگه می‌دارد و می‌تواند آن را به ادارات دیگر نشان دهد؛ آن‌ها می‌بینند که اداره شما آن را تأیید کرده است.
issue-holder = کلید شخص
issue-holder-hint = Mappe شخص آن را زیر «کلید من برای ادارات» نشان می‌دهد: ‏64 نویسه از 0–9 و a–f. فاصله‌ها مهم نیستند.
issue-facts = اطلاعاتی که تأیید می‌کنید
issue-facts-hint = فقط آنچه را بررسی کرده‌اید پر کنید. فیلدهای خالی کنار گذاشته می‌شوند.
issue-choose = لطفاً انتخاب کنید
issue-expires = تأیید معتبر است تا
issue-expires-hint = پس از این روز ادارات دیگر آن را منقضی می‌بینند.
issue-submit = امضای تأیید
issue-holder-bad = کلید شخص باید 64 نویسه از 0–9 و a–f باشد. لطفاً آنچه را چسبانده شده بررسی کنید.
# $name: نام فیلد خالی.
issue-missing = لطفاً پر کنید: { $name }
issue-expires-bad = تأیید باید تا روزی پس از امروز معتبر باشد.
issue-done-title = تأیید امضا شد
# $n: شماره تأیید در این اداره.
issue-number = تأیید شماره { $n }
issue-done = آن را به شخص بدهید: او این کد را با Mappe خود اسکن می‌کند، یا فایل را به او می‌دهید.
issue-qr-alt = کد تأیید
issue-qr-too-long = این تأیید برای یک کد بیش از حد طولانی است. فایل یا متن را به شخص بدهید.
issue-download = دانلود فایل
issue-text = تأیید به صورت متن، برای کپی
# $detail: دلیل رله.
issue-publish-failed = رله فهرست لغو این اداره را نپذیرفت. در این مرورگر نگه داشته می‌شود و با تأیید یا لغو بعدی دوباره فرستاده می‌شود. ({ $detail })
issue-list-title = تأییدهای صادرشده
issue-list-note = همان‌طور که در این مرورگر نگه داشته شده. مدارک را فقط از یک رایانه اداره تأیید کنید.
issue-list-empty = هنوز تأییدی صادر نشده است.
issue-holder-short = کلید شخص
issue-state = وضعیت
issue-state-valid = معتبر
# $date: روز لغو.
issue-state-withdrawn = لغو شده در { $date }
issue-state-expired = منقضی
issue-withdraw = لغو
# $n: شماره تأیید.
issue-withdraw-confirm = تأیید شماره { $n } لغو شود؟ ادارات دیگر آن را لغوشده می‌بینند. این کار برگشت‌پذیر نیست.
issue-withdraw-yes = بله، لغو شود
# $n: شماره تأیید.
issue-withdrawn = تأیید شماره { $n } لغو شد.
