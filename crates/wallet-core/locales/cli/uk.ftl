# Усе, що команда `mappe` каже людині, українською (основа: en.ftl).
# Ці тексти підготовлено машинним перекладом, і їх ЩЕ НЕ перевірив носій мови.
# (These texts were drafted by machine translation and are NOT yet reviewed by a native speaker.)
# Перекладачам: після перевірки повідомлення видаліть рядок "# unreviewed" над ним
# (docs/translations.md).
# Назви команд, параметри й назви файлів (`mappe share`, --relay, agency.json) залишаються
# такими, як є, у кожній мові: їх вводять, а не читають.

## Загальне

# unreviewed
error-prefix = Помилка:
# unreviewed
word-yes = так
# unreviewed
word-no = ні
# unreviewed
confirm-choices = [т/Н]
# unreviewed
confirm-no-terminal = це не термінал, тож ніхто не може погодитися: додайте --yes, щоб погодитися з тим, що показано вище
# unreviewed
file-exists = { $file } уже існує; виберіть інший файл
# unreviewed
folder-unreadable = не вдається прочитати { $dir }: { $why }
# unreviewed
path-is-folder = { $path } — це папка; вкажіть назву файлу, який треба записати
# unreviewed
not-a-regular-file = це не звичайний файл
# unreviewed
stdin-unreadable = не вдається прочитати стандартний ввід
# unreviewed
save-failed = зміну не вдалося зберегти; файл гаманця не змінено
# unreviewed
context-no-data-folder = не вдається знайти папку даних для гаманця; використайте --wallet DIR або задайте MAPPE_HOME
# unreviewed
relay-none-chosen = ретранслятор ще не вибрано; вкажіть його через --relay https://… (потім він запам’ятовується)
# unreviewed
relay-bad-url = --relay { $url }: { $why }
# unreviewed
size-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байти
    [many] { $count } байтів
   *[other] { $count } байта
}
# unreviewed
size-kb = { $size } KB
# unreviewed
size-mb = { $size } MB

## Пароль і код відновлення

# unreviewed
passphrase-prompt = Пароль:
# unreviewed
passphrase-choose = Виберіть пароль для цього гаманця:
# unreviewed
passphrase-again = Введіть його ще раз:
# unreviewed
passphrase-too-short = пароль закороткий; мінімальна кількість символів: { $min }
# unreviewed
passphrase-differ = паролі різні; нічого не створено
# unreviewed
passphrase-none-given = пароль не вказано: введіть його в терміналі, задайте MAPPE_PASSPHRASE або використайте --passphrase-file
# unreviewed
passphrase-unreadable = не вдається прочитати пароль
# unreviewed
passphrase-file-too-large = файл пароля { $file } завеликий (максимум байтів: { $max })
# unreviewed
passphrase-file-unreadable = не вдається прочитати файл пароля: { $why }
# unreviewed
passphrase-file-not-text = файл пароля { $file } не є текстом UTF-8
# unreviewed
passphrase-env-not-text = MAPPE_PASSPHRASE не є дійсним текстом UTF-8
# unreviewed
recovery-code-prompt = Введіть код відновлення (групами по чотири, як записано) і натисніть Enter:
# unreviewed
recovery-code-heading = ВАШ КОД ВІДНОВЛЕННЯ — запишіть його на папері зараз. Він показується лише цей один раз.
# unreviewed
recovery-code-use = Якщо ви загубите цей пристрій або забудете пароль, цей код поверне ваш гаманець.
# unreviewed
recovery-code-secret = Будь-хто, у кого є цей код, може відкрити ваш гаманець: не фотографуйте його і нікому не надсилайте.

## mappe init, recover, show

# unreviewed
init-created = Новий гаманець створено в { $dir }.
# unreviewed
wallet-your-fingerprint = Відбиток вашого гаманця: { $fingerprint }
# unreviewed
wallet-fingerprint = Відбиток гаманця: { $fingerprint }
# unreviewed
recover-other-wallet = у { $dir } уже є інший гаманець; виберіть іншу папку через --wallet
# unreviewed
recover-keys-back = Ключі гаманця відновлено в { $dir }.
# unreviewed
recover-fetch-failed = ключі повернуто, але документи не вдалося завантажити; запустіть `mappe sync`, щоб спробувати ще раз
# unreviewed
recover-fetched = Гаманець завантажено з { $url }. Записи резюме: { $cv }, сертифікати: { $certificates }, документи на перебування: { $residence }, скани: { $scans }.
# unreviewed
recover-file-unchanged = Файл гаманця в цій папці відкрився цими ключами; його вміст не змінено.
# unreviewed
recover-empty = Гаманець на цьому пристрої порожній: код відновлення повертає ваші ключі, а не ваші документи.
# unreviewed
recover-give-relay = Щоб завантажити документи, вкажіть через --relay ретранслятор, з яким синхронізувався ваш інший пристрій.

## Що є в гаманці

# unreviewed
heading-profile = ПРОФІЛЬ
# unreviewed
heading-cv = РЕЗЮМЕ
# unreviewed
heading-certificates = СЕРТИФІКАТИ
# unreviewed
heading-residence = ДОКУМЕНТИ НА ПЕРЕБУВАННЯ
# unreviewed
label-given-names = Імена
# unreviewed
label-family-name = Прізвище
# unreviewed
label-aliases = Інше написання
# unreviewed
label-born = Дата народження
# unreviewed
label-birth-place = Місце народження
# unreviewed
label-nationality = Громадянство
# unreviewed
label-languages = Мови
# unreviewed
label-contact = Контакти
# unreviewed
label-phone = Телефон
# unreviewed
label-email = Ел. пошта
# unreviewed
label-address = Адреса
# unreviewed
label-kind = Вид
# unreviewed
label-number = Номер
# unreviewed
label-issued-on = Дата видачі
# unreviewed
label-valid-until = Дійсний до
# unreviewed
label-authority = Орган
# unreviewed
label-organisation = Організація
# unreviewed
label-place = Місце
# unreviewed
label-from = Від
# unreviewed
label-to = До
# unreviewed
label-description = Опис
# unreviewed
label-issuer = Ким видано
# unreviewed
label-cefr-level = Рівень CEFR
# unreviewed
label-exam = Іспит
# unreviewed
label-attachment = Вкладення
# unreviewed
label-legal-basis = Правова підстава
# unreviewed
label-work = Робота
# unreviewed
label-conditions = Умови
# unreviewed
profile-empty = (ще нічого — `mappe profile set family_name …`)
# unreviewed
list-none = (немає)
# unreviewed
list-none-yet = (ще немає — `{ $command }`)
# unreviewed
span-since = з { $from }
# unreviewed
span-until = до { $to }
# unreviewed
detail-level = рівень { $level }
# unreviewed
detail-issued = видано { $date }
# unreviewed
detail-number = № { $number }
# unreviewed
detail-valid-until = дійсний до { $date }
# unreviewed
detail-expired-on = ТЕРМІН ДІЇ МИНУВ { $date }
# unreviewed
work-permitted = працювати дозволено
# unreviewed
work-permitted-with-approval = працювати лише з дозволу Ausländerbehörde (відомства у справах іноземців)
# unreviewed
work-not-permitted = працювати не дозволено
# unreviewed
detail-scan = скан: { $name } ({ $size }), вкладення { $id }
# unreviewed
detail-scan-missing = скан: { $id } (відсутній)
# unreviewed
kind-cv-education = Школа або навчання
# unreviewed
kind-cv-work = Робота
# unreviewed
kind-cv-training = Професійне навчання або курс
# unreviewed
kind-cv-other = Інше
# unreviewed
kind-cert-language = Мовний сертифікат
# unreviewed
kind-cert-qualification = Кваліфікація
# unreviewed
kind-cert-recognition = Рішення про визнання
# unreviewed
kind-cert-other = Сертифікат
# unreviewed
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis (дозвіл на проживання)
# unreviewed
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis (дозвіл на постійне проживання)
# unreviewed
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung (на час розгляду заяви про притулок)
# unreviewed
kind-residence-duldung = Duldung (тимчасове зупинення депортації)
# unreviewed
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung (тимчасове посвідчення)
# unreviewed
kind-residence-visa = Віза
# unreviewed
kind-residence-eu-citizen = Громадянин ЄС (свобода пересування)
# unreviewed
kind-residence-other = Інший документ на перебування
# unreviewed
kind-unknown = `{ $given }` — не один із видів; використайте один із цих: { $kinds }
# unreviewed
list-cv = резюме
# unreviewed
list-certificate = сертифікати
# unreviewed
list-residence = документи на перебування
# unreviewed
list-attachment = вкладення
# unreviewed
list-share = доступи
# unreviewed
path-profile = увесь профіль
# unreviewed
path-residence-current = чинний документ на перебування
# unreviewed
path-cv = запис резюме { $id }
# unreviewed
path-certificate = сертифікат { $id }
# unreviewed
path-residence = документ на перебування { $id }
# unreviewed
path-certificate-scan = скан сертифіката { $id }
# unreviewed
path-residence-scan = скан документа на перебування { $id }

## Редагування

# unreviewed
profile-unknown-field = невідоме поле профілю `{ $given }`; поля: { $fields }
# unreviewed
profile-one-value = { $field } приймає одне значення; візьміть його в лапки, якщо в ньому є пробіли
# unreviewed
profile-saved = Збережено: { $field }.
# unreviewed
profile-cleared = Очищено: { $field }.
# unreviewed
added-cv = Додано запис резюме { $id }.
# unreviewed
added-certificate = Додано сертифікат { $id }.
# unreviewed
added-residence = Додано документ на перебування { $id }.
# unreviewed
added-scan = Скан збережено в зашифрованому вигляді як вкладення { $id }.
# unreviewed
removed-cv = Видалено запис резюме { $id }.
# unreviewed
removed-certificate = Видалено сертифікат { $id }.
# unreviewed
removed-residence = Видалено документ на перебування { $id }.
# unreviewed
removed-attachment = Видалено вкладення { $id }.
# unreviewed
attachment-exported = Вкладення { $id } записано в { $file } (перевірено за його SHA-256).
# unreviewed
live-not-updated = попередження: оновлювані доступи зараз не оновлено ({ $why }); `mappe sync` спробує ще раз.

## mappe cv export

# unreviewed
cv-format-unknown = --format { $given }: використовуйте pdf, html або europass
# unreviewed
cv-lang-unknown = --cv-lang { $given }: використовуйте de, en, ar, uk, fa або tr
# unreviewed
cv-europass-no-photo = --photo і --place діють лише для --format pdf або html; Europass XML не містить ні того, ні іншого
# unreviewed
cv-place-form = --place: вкажіть своє місто, від 1 до 200 символів звичайного тексту
# unreviewed
cv-photo-unusable = --photo { $file }: { $why }
# unreviewed
cv-no-chromium = для PDF потрібен Chromium, його не знайдено: встановіть його (Debian: apt-get install chromium) або вкажіть шлях у MAPPE_CHROMIUM, або використайте --format html і надрукуйте файл з браузера
# unreviewed
cv-chromium-env-not-file = MAPPE_CHROMIUM вказує на { $file }, але це не файл; { $advice }
# unreviewed
cv-no-temp-folder = не вдалося створити тимчасову папку в { $dir }
# unreviewed
cv-chromium-not-started = не вдалося запустити { $file }; { $advice }
# unreviewed
cv-chromium-timeout = Chromium не надрукував PDF за { $seconds } секунд; спробуйте --format html і надрукуйте файл з браузера
# unreviewed
cv-chromium-failed = Chromium не надрукував PDF ({ $status }; повідомлення: { $said }); спробуйте --format html і надрукуйте файл з браузера
# unreviewed
cv-written-pdf = Ваше резюме (Lebenslauf, PDF) записано у { $file }.
# unreviewed
cv-written-html = Ваше резюме (Lebenslauf, HTML; надрукуйте його з браузера на A4) записано у { $file }.
# unreviewed
cv-written-europass = Ваше резюме у форматі Europass XML записано у { $file }.

## mappe status

# unreviewed
status-nothing = Зараз нічого не потребує вашої уваги.
# unreviewed
status-residence-expiring = { $days ->
    [one] { $paper }: строк дії закінчується через { $days } день ({ $date }).
    [few] { $paper }: строк дії закінчується через { $days } дні ({ $date }).
    [many] { $paper }: строк дії закінчується через { $days } днів ({ $date }).
   *[other] { $paper }: строк дії закінчується через { $days } днів ({ $date }).
}
# unreviewed
status-residence-expired = СТРОК МИНУВ: { $paper }, дійсний був до { $date }.
# unreviewed
status-residence-superseded = Строк минув: { $paper } (закінчився { $date }; дійсний новіший документ).
# unreviewed
status-attestation-expiring = { $days ->
    [one] Підтвердження від { $office } закінчується через { $days } день ({ $date }).
    [few] Підтвердження від { $office } закінчується через { $days } дні ({ $date }).
    [many] Підтвердження від { $office } закінчується через { $days } днів ({ $date }).
   *[other] Підтвердження від { $office } закінчується через { $days } днів ({ $date }).
}
# unreviewed
status-attestation-expired = Підтвердження від { $office } закінчилося { $date }.
# unreviewed
status-share-expiring = { $days ->
    [one] Ваш доступ для { $office } закінчується через { $days } день ({ $date }).
    [few] Ваш доступ для { $office } закінчується через { $days } дні ({ $date }).
    [many] Ваш доступ для { $office } закінчується через { $days } днів ({ $date }).
   *[other] Ваш доступ для { $office } закінчується через { $days } днів ({ $date }).
}
# unreviewed
status-live-stopped = Оновлюваний доступ більше не стежить за вашими змінами: { $office }.
# unreviewed
status-share-unopened = Ніхто не відкрив доступ від { $date } для: { $office }.
# unreviewed
status-opens-unknown = Не вдалося перевірити, чи відкривали ваші доступи: { $why }
# unreviewed
advice-residence-extend = Вчасно, до закінчення строку, подайте заяву на продовження в Ausländerbehörde. Якщо до того часу рішення не буде, ви отримаєте Fiktionsbescheinigung: зберігайте її разом зі своїми документами.
# unreviewed
advice-residence-expired = Негайно йдіть до Ausländerbehörde. Якщо ви подали заяву до закінчення строку, попросіть свою Fiktionsbescheinigung; допомогти може консультаційний центр для мігрантів.
# unreviewed
advice-attestation-renew = Попросіть установу про нове підтвердження, якщо воно вам ще потрібне.
# unreviewed
advice-share-again = Відкличте доступ і поділіться знову, якщо установі він ще потрібен.
# unreviewed
advice-share-unopened = Запитайте в установі, чи отримали вони посилання або QR-код; поділіться знову, якщо воно загубилося.

## mappe share

# unreviewed
share-attest-form = --attest { $given }: пишіть ЗАПИС:ДАНІ, наприклад --attest residence/ID:kind,valid_until
# unreviewed
share-expires-past = --expires { $given } — це вже минуле
# unreviewed
share-expires-too-long = доступ може діяти щонайбільше стільки днів: { $days }
# unreviewed
share-expires-form = --expires приймає тривалість, як-от 30d, 12h, 2w, або дату, як-от { $example }
# unreviewed
share-to-unreadable = --to { $given }: { $why }
# unreviewed
share-fields-missing = виберіть через --fields, чим поділитися, наприклад --fields profile.family_name,certificates/<id>/scan
# unreviewed
share-max-opens-zero = --max-opens має бути щонайменше 1
# unreviewed
share-purpose-length = --purpose має містити від 1 до { $max } символів
# unreviewed
share-office-fingerprint = Відбиток ключа установи (звірте його вголос з установою): { $fingerprint }
# unreviewed
share-question = Поділитися цим?
# unreviewed
share-nothing-shared = Нічим не поділилися.
# unreviewed
share-link = Посилання: { $link }
# unreviewed
share-id = Ідентифікатор доступу: { $id }
# unreviewed
share-only-office = Відкрити його може лише ця установа, своїм власним ключем Mappe. Сам QR-код нічого не розкриває.
# unreviewed
share-anyone-with-code = Будь-хто, у кого є цей код або посилання, може відкрити доступ, доки не мине строк: показуйте код лише установі.
# unreviewed
share-qr-written = QR-код записано в { $file }.

## mappe shares, revoke

# unreviewed
shares-none = Ще немає жодного доступу. Створіть його через `mappe share --fields …`.
# unreviewed
shares-anyone-with-code = будь-хто з кодом
# unreviewed
shares-label-for = для:
# unreviewed
shares-label-fields = поля:
# unreviewed
shares-label-until = до:
# unreviewed
shares-label-opened = відкрито:
# unreviewed
shares-label-live = оновлення:
# unreviewed
shares-label-note = примітка:
# unreviewed
shares-label-log = журнал:
# unreviewed
shares-opened-of = разів: { $opens } (з { $max })
# unreviewed
shares-opened-no-limit = разів: { $opens } (без обмеження)
# unreviewed
shares-opened-unknown-of = невідомо (з { $max })
# unreviewed
shares-opened-unknown = невідомо (без обмеження)
# unreviewed
shares-live-stopped = більше не стежить за вашим гаманцем ({ $why }); установа бачить останню версію
# unreviewed
shares-log-no-opens = не відкривали
# unreviewed
shares-log-earlier = { $count ->
    [one] відкрито   ще { $count } раз раніше (ретранслятор показує лише найновіші)
    [few] відкрито   ще { $count } рази раніше (ретранслятор показує лише найновіші)
    [many] відкрито   ще { $count } разів раніше (ретранслятор показує лише найновіші)
   *[other] відкрито   ще { $count } разів раніше (ретранслятор показує лише найновіші)
}
# unreviewed
shares-log-opened = відкрито   { $time }  { $by }
# unreviewed
shares-by-office = установа { $office }
# unreviewed
shares-by-agency-key = ключ установи { $key }
# unreviewed
shares-by-bearer = хтось із кодом
# unreviewed
share-status-active = активний
# unreviewed
share-status-pending = очікує
# unreviewed
share-status-revoked = відкликано
# unreviewed
share-status-expired = строк минув
# unreviewed
share-status-used-up = вичерпано
# unreviewed
share-status-unknown = невідомо
# unreviewed
revoke-revoking = Відкликаємо доступ { $id } ({ $fields }).
# unreviewed
revoke-question = Відкликати зараз?
# unreviewed
revoke-nothing = Нічого не відкликано.
# unreviewed
revoke-done = Відкликано. Ретранслятор видалив зашифрований доступ; кожному, хто тепер спробує його відкрити, буде відмовлено.
# unreviewed
revoke-cannot-take-back = Те, що вже відкрили, залишається в тих, хто відкрив: відкликання не може цього повернути.

## mappe open

# unreviewed
open-trust-key-form = --trust-key: вкажіть 64 шістнадцяткові символи ключа підпису списку довіри
# unreviewed
open-trust-list-form = --trust-list { $url }: вкажіть адресу https:// зі шляхом, наприклад https://relay.example.org/v1/directory
# unreviewed
open-save-not-folder = --save-attachments { $dir }: це не папка
# unreviewed
open-needs-agency-key = у посиланні немає ключа; запустіть `mappe open LINK --as AGENCY_FOLDER` у цій установі
# unreviewed
open-office-passphrase-prompt = Пароль ключа Mappe установи:
# unreviewed
open-stated-by-person = ЗАЯВЛЕНО САМОЮ ОСОБОЮ, БЕЗ ЗМІН ВІДТОДІ, ЯК НАДАНО: підписано гаманцем із відбитком { $fingerprint }.
# unreviewed
open-stated-meaning = Це доводить, хто поділився і що нічого не змінено, але не доводить, що дані правдиві.
# unreviewed
open-anyone-with-code = будь-хто з кодом
# unreviewed
open-label-shared-with = Для кого
# unreviewed
open-label-purpose = Мета
# unreviewed
open-label-valid-until = Дійсний до
# unreviewed
open-label-opened = Відкрито
# unreviewed
open-label-live = Оновлюваний доступ
# unreviewed
open-opened-of = { $opens } з { $max }
# unreviewed
open-opened-times = разів: { $opens }
# unreviewed
open-live-revision = версія { $revision }
# unreviewed
open-live-revision-corrected = версія { $revision }, останнє виправлення { $date }
# unreviewed
open-no-changes = ЗМІН НЕМАЄ відтоді, як ви відкривали востаннє (версія { $revision }).
# unreviewed
open-changed = ЗМІНЕНО ВІДТОДІ, ЯК ВИ ВІДКРИВАЛИ ВОСТАННЄ (версія { $from } → { $to }):
# unreviewed
open-changed-on = ЗМІНЕНО ВІДТОДІ, ЯК ВИ ВІДКРИВАЛИ ВОСТАННЄ (версія { $from } → { $to }, виправлено { $date }):
# unreviewed
open-change-none = (немає)
# unreviewed
open-change-removed = (видалено)
# unreviewed
open-attestations-heading = ПІДТВЕРДЖЕННЯ ВІД УСТАНОВ (перевірено окремо від заяв особи)
# unreviewed
open-trust-list-not-used = Список довіри не використано: { $why }
# unreviewed
open-no-trust-list = Список довіри не закріплено (--trust-key): жодна установа не вважається підтвердженою.
# unreviewed
open-attestation-paper = документ
# unreviewed
open-attestation-an-office = установа
# unreviewed
open-attestation-confirmed = ПІДТВЕРДЖЕНО: { $office }, { $date }
# unreviewed
open-attestation-untrusted = НЕ ПІДТВЕРДЖЕНО: підписано установою, якої немає у вашому списку довіри
# unreviewed
open-attestation-status-unknown = НЕ ПІДТВЕРДЖЕНО: підпис — { $office }, { $date }, але не вдалося перевірити, чи його не відкликано
# unreviewed
open-attestation-withdrawn = ВІДКЛИКАНО: { $office } більше цього не підтверджує
# unreviewed
open-attestation-expired = СТРОК МИНУВ: підтвердження закінчилося { $date }
# unreviewed
open-attestation-invalid = НЕДІЙСНЕ, нічого з нього не показано: { $why }
# unreviewed
open-attestation-list-of = (список відкликань від { $time })
# unreviewed
open-scans-heading = СКАНИ
# unreviewed
open-scan-saved = { $name } ({ $media_type }, { $size }) збережено в { $file }
# unreviewed
open-scan-listed = { $name } ({ $media_type }, { $size }) — щоб завантажити, використайте --save-attachments DIR
# unreviewed
open-consent-heading = ЩО ПОКАЗАЛИ ОСОБІ І НА ЩО ВОНА ПОГОДИЛАСЯ ({ $lang }):

## Помилки (речення самої бібліотеки, мовою людини)

# unreviewed
error-wrong-passphrase = неправильний пароль
# unreviewed
error-no-wallet = у { $dir } ще немає гаманця; запустіть `mappe init`, щоб створити його
# unreviewed
error-wallet-exists = у { $dir } уже є гаманець; його залишено без змін
# unreviewed
error-not-found = у списку «{ $list }» немає запису з ідентифікатором `{ $id }`
# unreviewed
error-ambiguous-id = `{ $id }` відповідає кільком записам у списку «{ $list }»; вкажіть більше символів ідентифікатора
# unreviewed
error-unreadable-input = не вдається прочитати { $file }: { $why }
# unreviewed
error-relay-unreachable = не вдається з’єднатися з ретранслятором { $url }: { $why }
# unreviewed
error-share-revoked = цей доступ відкликала людина, яка його створила; нічого не можна показати
# unreviewed
error-share-expired = строк дії цього доступу минув; нічого не можна показати
# unreviewed
error-share-used-up = цей доступ відкривали стільки разів, скільки дозволила людина; нічого не можна показати
# unreviewed
error-share-not-found = ретранслятор не знає цього доступу (неправильне посилання, або його більше не існує)
# unreviewed
error-needs-agency-key = цей доступ призначено для певної установи, і відкрити його можна лише ключем Mappe цієї установи (`mappe open LINK --as AGENCY_FOLDER`)
# unreviewed
error-not-for-this-key = цей ключ не може відкрити доступ: його створено для когось іншого
# unreviewed
error-share-altered = доступ змінено або пошкоджено дорогою; нічого не показано
# unreviewed
error-share-bad-signature = підпис власника не збігається: доступ було змінено; нічого не показано
# unreviewed
error-share-expired-on = строк дії цього доступу минув { $date }
# unreviewed
error-share-newer-version = цей доступ створено новішою версією Mappe (формат { $version }); будь ласка, оновіть Mappe
# unreviewed
error-sync-busy = інші пристрої продовжували записувати на ретранслятор, поки цей намагався; запустіть синхронізацію ще раз
# unreviewed
error-missing-scan = скану { $name } ще немає на цьому пристрої; спершу синхронізуйте пристрій, який його додав
# unreviewed
error-not-a-picture = { $file } не є зображенням PNG або JPEG, яке можна прочитати
# unreviewed
error-picture-too-large = { $file } — зображення розміром { $width } × { $height } пікселів; можна прочитати щонайбільше 40 мегапікселів
# unreviewed
error-no-qr-code = у { $file } не вдалося прочитати QR-код; сфотографуйте ще раз: ближче, прямо і при рівному освітленні
# unreviewed
error-qr-agency-card = QR-код у { $file } — це картка установи ({ $office }), а не доступ; вона потрібна, щоб поділитися з цією установою (`mappe share --to`)
# unreviewed
error-qr-not-share = QR-код у { $file } не є посиланням на доступ Mappe; у ньому: «{ $shown }»

## mappe sync

# unreviewed
sync-withheld = на ретрансляторі бракує змін, які цей пристрій уже бачив ({ $detail }); нічого не об’єднано. Якщо ретранслятор відновили з резервної копії, запустіть `mappe sync --resend`, щоб знову передати йому зміни цього пристрою; якщо ні, ретранслятор, можливо, їх приховує: зверніться до консультаційного центру, який ним керує
# unreviewed
sync-done-sent = Синхронізовано з { $url }. Записів з інших пристроїв об’єднано: { $merged }; зміни цього пристрою надіслано; журнал: запис { $seq }.
# unreviewed
sync-done-nothing = Синхронізовано з { $url }. Записів з інших пристроїв об’єднано: { $merged }; нового для надсилання немає; журнал: запис { $seq }.
# unreviewed
sync-scans = Скани: завантажено { $down }, вивантажено { $up }.
# unreviewed
sync-scan-missing = Скану { $name } ще немає на ретрансляторі: синхронізуйте пристрій, який його додав.
# unreviewed
live-updated = Оновлюваний доступ { $id } оновлено до версії { $revision }.
# unreviewed
live-revoked-elsewhere = Оновлюваний доступ { $id } відкликано на іншому пристрої; тепер він і тут позначений як відкликаний.
# unreviewed
live-stopped = Оновлюваний доступ { $id } більше не стежить за вашим гаманцем ({ $why }). Установа й далі бачить останню версію; відкличте його через `mappe revoke { $id }` і за потреби поділіться знову.

## mappe forget

# unreviewed
forget-asking = Просимо ретранслятор { $url } забути цей гаманець.
# unreviewed
forget-what = Він видаляє все, що зберігає про вас: зашифровану копію вашого гаманця (журнал синхронізації та скани), кожен доступ, який ви там створили, і їхні журнали відкриттів.
# unreviewed
forget-live-shares = { $count ->
    [0] У вас немає діючих доступів на цьому ретрансляторі.
    [one] Ваш { $count } діючий доступ на цьому ретрансляторі одразу перестане працювати.
    [few] Ваші { $count } діючі доступи на цьому ретрансляторі одразу перестануть працювати.
    [many] Ваші { $count } діючих доступів на цьому ретрансляторі одразу перестануть працювати.
   *[other] Ваші { $count } діючих доступів на цьому ретрансляторі одразу перестануть працювати.
}
# unreviewed
forget-cannot-take-back = Те, що установи вже відкрили, залишається в них: забування не може цього повернути.
# unreviewed
forget-device-kept = Ваш гаманець на цьому пристрої залишається; пізніший запуск `mappe sync` із цим ретранслятором створить там нову копію.
# unreviewed
forget-question = Попросити ретранслятор забути вас зараз?
# unreviewed
forget-nothing-sent = Нічого не надіслано.
# unreviewed
forget-receipt-kept = Квитанцію збережено в { $file }.
# unreviewed
forget-done = Ретранслятор забув цей гаманець. Його підписану квитанцію перевірено:
# unreviewed
forget-revoked-here = Доступів на цьому ретрансляторі, які тепер позначено у вашому гаманці як відкликані: { $count }.
# unreviewed
forget-no-receipts = Квитанцій про видалення ще немає. `mappe forget --relay URL` просить ретранслятор забути вас.
# unreviewed
receipt-label-relay = ретранслятор:
# unreviewed
receipt-label-relay-key = ключ ретранслятора:
# unreviewed
receipt-label-deleted-at = коли видалено:
# unreviewed
receipt-label-deleted = видалено:
# unreviewed
receipt-label-share = доступ:
# unreviewed
receipt-deleted-counts = доступи: { $shares }, надані скани: { $share_scans }, рядки журналу відкриттів: { $log_rows }, записи журналу синхронізації: { $sync_entries }, синхронізовані скани: { $sync_scans }

## Установи: mappe agency

# unreviewed
agency-folder-taken = у { $dir } уже є ідентичність Mappe; виберіть іншу папку через --wallet
# unreviewed
agency-name-form = --name: вкажіть назву установи, від 1 до 200 символів звичайного тексту
# unreviewed
agency-kind-unknown = --kind { $given }: використайте один із варіантів: { $kinds }
# unreviewed
agency-created = Створено ідентичність Mappe для { $name } ({ $kind }) у { $dir }.
# unreviewed
agency-fingerprint = Відбиток (звірте його вголос з людьми, які діляться з вами): { $fingerprint }
# unreviewed
agency-card-file = Публічна картка для людей, які діляться з цією установою: { $file }
# unreviewed
agency-key-string = Або дайте їм цей ключ: { $key }
# unreviewed
agency-card-qr = Картка як QR-код, щоб люди сканували її застосунком Mappe (також у { $file }):
# unreviewed
agency-no-card = { $dir } не є папкою установи (немає { $file }); створіть її через `mappe agency init`
# unreviewed
agency-exported = Ключ { $name } записано в { $file }.
# unreviewed
agency-exported-how = Він залишається захищеним паролем установи: перенесіть його на інший комп’ютер установи й імпортуйте там (`mappe agency import` або робоче місце установи в браузері). Відбиток: { $fingerprint }
# unreviewed
agency-export-too-large = { $file } завеликий для файлу експорту установи
# unreviewed
agency-imported = Ключ Mappe для { $name } ({ $kind }) налаштовано в { $dir }.
# unreviewed
agency-imported-fingerprint = Відбиток (звірте його з іншими комп’ютерами установи): { $fingerprint }

## Підтвердження

# unreviewed
attest-expires-form = --expires приймає дату, як-от { $example }, або кількість днів, як-от 365d
# unreviewed
attest-key-form = { $flag }: вкажіть 64 шістнадцяткові символи ключа
# unreviewed
attest-kind-unknown = --kind { $given }: використайте residence, certificate або recognition
# unreviewed
attest-claim-form = --claim { $given }: пишіть НАЗВА=ЗНАЧЕННЯ, наприклад --claim valid_until=2027-06-30
# unreviewed
attest-relay-fixed = ця установа публікує свої відкликання за адресою { $url }; уже видані підтвердження вказують туди
# unreviewed
attest-issued = Установа { $office } підтвердила документ ({ $paper }) особи з ключем { $key }: номер підтвердження { $number }.
# unreviewed
attest-written = Дійсне до { $date }. Записано в { $file }: передайте цей файл особі.
# unreviewed
attest-too-long-for-qr = підтвердження задовге для одного QR-коду; передайте особі файл
# unreviewed
attest-how-to-withdraw = Щоб відкликати пізніше: mappe agency withdraw { $number } (публікується за адресою { $url }).
# unreviewed
attest-none-issued = ця установа ще не видала жодного підтвердження (немає { $file } у { $dir })
# unreviewed
attest-withdrawn = Підтвердження { $number } відкликано ({ $paper }, видане для ключа { $key }). Відтепер ті, хто перевіряє, бачать це за адресою { $url }.
# unreviewed
attest-withdrawn-cannot-take-back = Установи, які вже відкрили доступ із цим підтвердженням, зберігають те, що тоді побачили.
# unreviewed
attest-your-key = Ваш ключ — для установи, яка підтверджує один із ваших документів: { $key }
# unreviewed
attest-your-fingerprint = Відбиток (звірте його вголос з установою): { $fingerprint }
# unreviewed
attest-entry-form = --to { $given }: вкажіть запис як residence/ID або certificates/ID
# unreviewed
attest-file-too-large = { $file } завеликий для підтвердження
# unreviewed
attest-file-not-text = { $file } не є підтвердженням (це не текст)
# unreviewed
attest-wrong-section = це підтвердження стосується документа іншого виду ({ $paper }); його не можна зберігати разом із { $entry }
# unreviewed
attest-kept = Підтвердження ({ $office }) збережено разом із { $entry } (дійсне до { $date }).
# unreviewed
attest-confirmed-facts = Підтверджені дані: { $facts }
# unreviewed
attest-share-hint = Як поділитися ним: { $command }
# unreviewed
attest-list-none = Ще жодна установа не підтвердила ваших документів. Дайте установі свій ключ (mappe attestation key).
# unreviewed
attest-list-valid = { $entry }: { $paper }, підтверджено: { $office } (дійсне до { $date })
# unreviewed
attest-list-expired = { $entry }: { $paper }, підтверджено: { $office } (СТРОК МИНУВ, закінчилося { $date })
# unreviewed
attest-list-unreadable = { $entry }: підтвердження, яке ця версія не може прочитати

## mappe demo

# unreviewed
demo-intro = Демонстрація Mappe. Усе відбувається в тимчасовій папці, яку наприкінці буде видалено:
# unreviewed
demo-step = Крок { $number }: { $text }
# unreviewed
demo-step-1-given = Консультаційний центр керує ретранслятором. Тут — тим, що вказано через --relay.
# unreviewed
demo-step-1-inside = Консультаційний центр керує ретранслятором. Тут — ретранслятор на цьому комп’ютері, що зберігає дані в SQLite.
# unreviewed
demo-relay-given = Використовується ретранслятор { $url }. Він завжди бачитиме лише зашифровані байти.
# unreviewed
demo-relay-inside = Ретранслятор слухає на { $url }. Він завжди бачитиме лише зашифровані байти.
# unreviewed
demo-relay-failed = не вдається запустити демонстраційний ретранслятор
# unreviewed
demo-no-relay-inside = цю програму mappe зібрано без вбудованого ретранслятора; запустіть демонстрацію командою `cargo run --release --bin mappe --features embedded-relay -- demo` або запустіть ретранслятор (`mappe-relay`) і виконайте `mappe demo --relay URL`
# unreviewed
demo-no-temp-folder = не вдається створити тимчасову папку
# unreviewed
demo-no-example-scan = не вдається записати приклад скану
# unreviewed
demo-step-2 = Амаль створює свій гаманець і заповнює профіль.
# unreviewed
demo-wallet-created = Гаманець створено. Відбиток: { $fingerprint }
# unreviewed
demo-step-3 = Вона додає своє резюме: навчання в Алеппо, робота в Газіантепі, інтеграційний курс.
# unreviewed
demo-step-4 = Вона сканує свій сертифікат B1 і додає його; скан шифрується частинами по 64 KiB.
# unreviewed
demo-step-5 = Вона додає свій дозвіл на проживання і переглядає гаманець.
# unreviewed
demo-step-6 = Jobcenter один раз створює власний ключ Mappe і публікує свою картку (agency.json).
# unreviewed
demo-step-7 = У Jobcenter Амаль ділиться сертифікатом B1 зі сканом, чинним дозволом на проживання та своїм ім’ям — лише для цієї установи, на 30 днів, щонайбільше 3 відкриття. Вона читає, що це означає, і погоджується.
# unreviewed
demo-step-8 = Хтось фотографує QR-код через її плече. Без ключа Jobcenter код нічого не розкриває:
# unreviewed
demo-step-9 = Працівниця сканує QR-код і відкриває його ключем Jobcenter: перевірено, саме ці поля.
# unreviewed
demo-scan-not-saved = скан не збережено
# unreviewed
demo-scan-identical = Збережений скан побайтово збігається з оригіналом Амаль: так
# unreviewed
demo-scan-differs = збережений скан відрізняється від оригіналу
# unreviewed
demo-step-10 = Удома Амаль дивиться, хто відкривав її доступ.
# unreviewed
demo-step-11 = Амаль відкликає доступ.
# unreviewed
demo-step-12 = Працівниця намагається відкрити його знову.
# unreviewed
demo-refused = відмовлено: { $why }
# unreviewed
demo-finished = Демонстрацію завершено: Jobcenter один раз відкрив доступ, потім його відкликали, і відкликаний доступ було відхилено.
