### Mappe app: Ukrainian (українська).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = Ваші документи на вашому телефоні, зашифровані.
language-self = Українська
language = Мова
loading = Завантаження …
back = Назад
cancel = Скасувати
save = Зберегти
edit = Змінити
remove = Видалити
yes-remove = Так, видалити
close = Закрити
next = Далі
print = Друкувати
lock = Заблокувати
working = Хвилинку …

## Start.

start-create-title = Створити новий гаманець
start-create-intro = Виберіть пароль. Він потрібен щоразу, коли ви відкриваєте Mappe. Ніхто не може скинути його за вас.
passphrase = Пароль
passphrase-again = Пароль ще раз
passphrase-mismatch = Паролі не збігаються.
passphrase-short = Будь ласка, щонайменше 8 символів.
create = Створити гаманець
start-unlock-title = Відкрити гаманець
unlock = Відкрити
start-forgot = Забули пароль або новий телефон?
start-recover = Відновити за кодом відновлення
start-new-instead = Натомість створити новий гаманець

recovery-title = Ваш код відновлення
recovery-intro = Запишіть цей код на папері або роздрукуйте. Зберігайте його в безпеці, окремо від телефону.
recovery-once = Він показується лише зараз. Хто його має, може відкрити ваш гаманець.
recovery-written = Я його записав(-ла)
recovery-confirm-title = Перевірте код відновлення
# $n: номер групи.
recovery-confirm-group = Група { $n }
recovery-confirm-wrong = Не збігається. Подивіться ще раз на свій папір.
recovery-confirm-ok = Підтвердити
recovery-show-again = Показати код ще раз

recover-title = Відновити гаманець
recover-intro = Введіть код відновлення і виберіть новий пароль.
recover-code = Код відновлення
recover-relay = Адреса ретранслятора (якщо гаманець синхронізувався)
recover-relay-hint = Залиште як є, якщо не знаєте. Тоді гаманець почнеться порожнім.
recover-go = Відновити
recover-synced = Ваш гаманець повернуто з ретранслятора.
recover-empty = Ваші ключі повернуто. Гаманець порожній, доки ви його не синхронізуєте.

locked-idle = Заблоковано після 5 хвилин без використання.

## Home.

home-title = Мої документи
section-profile = Про мене
section-cv = Резюме
section-certificates = Сертифікати
section-residence = Документи на проживання
nav-home = Документи
nav-share = Поділитися
nav-shares = Поширене
nav-sync = Синхр.
nav-backup = Копія
empty-section = Тут ще нічого немає.
add = Додати
add-cv = Додати запис до резюме
add-certificate = Додати сертифікат
add-residence = Додати документ на проживання
remove-confirm = Видалити цей запис? Його скан теж буде видалено.
saved = Збережено.
fingerprint = Ваш ключ: { $fingerprint }

## Потребує вашої уваги (початковий екран).

# unreviewed
attention-title = Потребує вашої уваги
# unreviewed
urgency-expired = Закінчився
# unreviewed
urgency-within_30_days = Протягом 30 днів
# unreviewed
urgency-within_90_days = Протягом 90 днів
# unreviewed
urgency-info = Варто знати
# unreviewed
notice-confirmation = Підтвердження від { $name }
# unreviewed
notice-share = Поширено для { $name }
# unreviewed
notice-live-share = Живе поширення: { $name }
# unreviewed
notice-left = Дійсний до { $date }. { $days ->
    [one] Залишився { $days } день.
    [few] Залишилося { $days } дні.
   *[other] Залишилося { $days } днів.
}
# unreviewed
notice-ended = Закінчився { $date }.
# unreviewed
notice-superseded = Закінчився { $date }. Дійсний новіший документ: нічого робити не треба.
# unreviewed
notice-share-ends = Закінчується { $date }.
# unreviewed
notice-live-stopped = Воно більше не стежить за вашими змінами.
# unreviewed
notice-unopened = Ніхто не відкрив його відтоді, як ви поділилися { $date }.
# unreviewed
advice-residence-extend = Вчасно, до закінчення строку, подайте заяву на продовження до відомства у справах іноземців (Ausländerbehörde). Якщо до того часу рішення не буде, ви отримаєте Fiktionsbescheinigung: носіть її з собою та зберігайте разом зі своїми документами.
# unreviewed
advice-residence-expired = Ідіть до відомства у справах іноземців (Ausländerbehörde) зараз. Якщо ви подали заяву до закінчення строку, попросіть свою Fiktionsbescheinigung. Центр консультацій для мігрантів може допомогти.
# unreviewed
advice-attestation-renew = Попросіть відомство про нове підтвердження, якщо воно вам ще потрібне.
# unreviewed
advice-share-again = Припиніть це поширення і поширте знову, якщо відомству це ще потрібно.
# unreviewed
advice-share-unopened = Запитайте в установі, чи отримали вони посилання або QR-код. Поділіться знову, якщо воно загубилося.
# unreviewed
paper-expired = Закінчився { $date }

## Profile.

profile-given_names = Імена
profile-family_name = Прізвище
profile-aliases = Інші імена (одне в рядку)
profile-birth_date = Дата народження
profile-birth_place = Місце народження
profile-nationality = Громадянство
profile-languages = Мови (одна в рядку, наприклад "Ukrainian:native" або "Deutsch:B1")
profile-contact_phone = Телефон
profile-contact_email = Ел. пошта
profile-contact_address = Адреса
profile-edit = Змінити дані
not-set = не вказано

## Items.

field-kind = Вид
field-title = Назва
field-organisation = Школа, роботодавець або організатор курсу
field-place = Місце
field-from = Від
field-to = До
field-description = Опис
field-issuer = Ким видано
field-issued_on = Дата видачі
field-cefr_level = Рівень
field-exam = Іспит
field-number = Номер документа
field-valid_until = Дійсний до
field-authority = Орган
# unreviewed
field-legal_basis = Правова підстава
# unreviewed
legal_basis-hint = Наприклад § 16a AufenthG (вказано на картці або документі).
# unreviewed
field-work = Робота
# unreviewed
field-conditions = Умови (Auflagen)
field-scan = Скан
scan-camera = Зробити фото
scan-file = Вибрати файл
scan-show = Показати скан
scan-hint = Фото (JPEG, PNG) або PDF.
scan-bad-type = Будь ласка, виберіть файл JPEG, PNG або PDF.
date-hint = Рік, або рік і місяць, або повна дата.

kind-education = Школа або навчання
kind-work = Робота
kind-training = Професійне навчання або курс
kind-other = Інше
kind-language = Мовний сертифікат
kind-qualification = Кваліфікація
kind-recognition = Визнання іноземної кваліфікації
kind-aufenthaltserlaubnis = Дозвіл на проживання (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Дозвіл на постійне проживання (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = Дозвіл на перебування під час розгляду притулку (Aufenthaltsgestattung)
kind-duldung = Толерування (Duldung)
kind-fiktionsbescheinigung = Тимчасова довідка (Fiktionsbescheinigung)
kind-visa = Віза
kind-eu_citizen = Громадянин ЄС
level-none = без рівня
# unreviewed
work-none = не вказано
# unreviewed
work-permitted = Роботу дозволено
# unreviewed
work-permitted_with_approval = Робота лише з дозволу відомства у справах іноземців
# unreviewed
work-not_permitted = Роботу не дозволено

## Share.

share-title = Поділитися з установою
share-what = Що ви хочете показати?
share-nothing = Виберіть хоча б одну річ.
share-expiry = Як довго?
# $days: 7, 30 або 90.
share-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}
share-opens = Скільки разів можна відкрити?
share-opens-unlimited = Скільки потрібно
# $count: 1, 3 або 10.
share-opens-count = { $count ->
    [one] Один раз
    [few] { $count } рази
   *[other] { $count } разів
}
share-live = Надсилати також пізніші виправлення й нові записи?
share-live-yes = Так, надсилати зміни
share-live-no = Ні, лише як зараз
share-who = Хто може відкрити?
share-who-anyone = Будь-хто, кому я покажу код
share-who-office = Лише одна установа (скануйте її картку)
share-scan-card = Сканувати картку установи
share-card-file = Вибрати файл картки
# $name: назва установи; $fingerprint: її ключ.
share-office = Установа: { $name } ({ $fingerprint })
share-purpose = Для чого це? (необов'язково)
share-preview = Перевірити
share-consent-title = Будь ласка, прочитайте перед тим, як поділитися
share-confirm = Так, поділитися
share-qr-title = Покажіть цей код установі
share-qr-done = Готово
share-relay-needed = Щоб поділитися, потрібен інтернет. Спробуйте знову, коли будете онлайн.

## Scanning.

scan-title = Тримайте картку установи перед камерою
scan-no-camera = Камеру не можна використати. Натомість виберіть файл картки.
scan-no-code = Код картки установи не знайдено.

## My shares.

shares-title = Чим я поділився
shares-none = Ви ще нічим не поділилися.
shares-refresh = Оновити
status-active = Активний
status-pending = Завантажується
status-revoked = Відкликано
status-expired = Закінчився
status-used_up = Вичерпано
status-unknown = Стан невідомий
# $date: дата і час.
shares-until = Дійсний до { $date }
# $count: скільки разів відкрито.
shares-opened = { $count ->
    [0] Ще не відкривали
    [one] Відкрито один раз
    [few] Відкрито { $count } рази
   *[other] Відкрито { $count } разів
}
# $date: дата і час; $by: хто відкрив.
shares-log-line = { $date }: { $by }
shares-by-bearer = хтось із кодом
shares-for-anyone = Для всіх, хто має код
# $name: назва установи.
shares-for-office = Для { $name }
shares-live = Надсилає виправлення й нові записи
shares-revoke = Відкликати
shares-revoke-title = Відкликати цей доступ?
shares-revoke-warning = Відкликання зупиняє будь-яке подальше відкриття. Але воно не може повернути те, що вже відкрили, побачили або зберегли.
shares-revoke-yes = Так, відкликати
shares-revoked = Доступ відкликано.
shares-offline = Ви офлайн. Список з останнього оновлення.

## Sync.

sync-title = Синхронізація
sync-intro = Тримайте гаманець однаковим на телефоні та інших пристроях. Ретранслятор зберігає його зашифрованим.
sync-relay = Адреса ретранслятора
sync-now = Синхронізувати зараз
sync-never = Ще не синхронізовано.
# $date: дата і час.
sync-last = Остання синхронізація: { $date }
sync-ok = Синхронізовано.
# $count: кількість змін.
sync-report = { $count ->
    [0] Нічого нового.
    [one] 1 зміна.
    [few] { $count } зміни.
   *[other] { $count } змін.
}
sync-offline = Ви офлайн. Mappe синхронізує, коли ви знову будете онлайн.
sync-queued = Очікує на інтернет.

## Backup.

backup-title = Резервна копія
backup-intro = Збережіть файл резервної копії в безпечному місці (USB-накопичувач, ваша пошта). Він зашифрований: без вашого пароля ніхто не зможе його прочитати.
backup-export = Зберегти файл резервної копії
backup-restore = Відновити з файлу резервної копії
backup-restore-warning = Відновлення замінює гаманець на цьому телефоні. Потім відкрийте його паролем резервної копії.
backup-restored = Резервну копію відновлено. Відкрийте її паролем.
backup-bad = Це не резервна копія Mappe, або вона пошкоджена.
backup-storage-note = Ваш браузер може видалити збережені дані, коли бракує місця. Майте резервну копію або синхронізуйте.

## Errors.

error-wrong_passphrase = Пароль неправильний. Спробуйте ще раз.
error-integrity = Збережені дані пошкоджені або змінені. Нічого не змінено і не перезаписано. Відновіть резервну копію або синхронізуйте.
error-format = Це не файл Mappe, або він з новішої версії.
error-recovery_code = Код відновлення введено з помилкою. Перевірте кожну групу.
error-bad_input = Це значення не приймається. Будь ласка, перевірте його.
error-not_found = Цього запису вже немає.
error-too_large = Це завелике.
error-unreachable = Ретранслятор недоступний. Перевірте з'єднання з інтернетом.
error-relay = Ретранслятор відмовив. Спробуйте пізніше.
error-withheld = Ретранслятору бракує змін, які вже є на цьому телефоні. Нічого не об'єднано. Спробуйте інший ретранслятор або попросіть допомоги.
error-revoked = Цей доступ відкликано.
error-expired = Термін дії цього доступу минув.
error-used_up = Цей доступ відкривали стільки разів, скільки дозволено.
error-internal = У Mappe щось пішло не так. Будь ласка, повідомте тим, хто підтримує Mappe.
error-storage = Браузер не зміг зберегти дані. Звільніть місце і спробуйте ще раз.
error-camera = Не вдалося запустити камеру.
error-detail = Деталі: { $detail }

## Підтвердження установ: установа підтверджує документ (docs/spec/attestation-v1.md).

key-open = Мій ключ для установ
key-title = Мій ключ для установ
key-intro = Установа може підтвердити один із ваших документів. Для цього їй потрібен ваш ключ. Покажіть установі цей QR-код або дайте їй ключ як текст.
key-key = Ваш ключ
key-fingerprint = Відбиток
key-fingerprint-hint = Порівняйте відбиток уголос з установою.
key-copy = Копіювати ключ
key-copied = Ключ скопійовано.
key-copy-failed = Ключ не вдалося скопіювати. Виділіть текст натомість.
key-not-secret = Ключ не є секретом. Він лише дає установі змогу видати вам підтвердження.

attest-add = Додати підтвердження установи
attest-renew = Додати новіше підтвердження
attest-title = Підтвердження установи
attest-intro = Установа дає вам текст, файл або QR-код. Mappe перевіряє його та зберігає з цим документом.
attest-paste = Вставте текст від установи
attest-import = Додати підтвердження
attest-or = Або:
attest-file = Вибрати файл
attest-scan = Сканувати QR-код
attest-scan-title = Тримайте QR-код установи перед камерою
attest-no-camera = Камеру не можна використати. Натомість виберіть файл.
attest-no-code = На цьому зображенні не знайдено QR-коду.
attest-empty = Спершу вставте текст, виберіть файл або скануйте код.
attest-added = Підтвердження перевірено й додано.
attest-some-office = установа
# $name: назва установи, як вона її подає (не перекладається); $date: останній дійсний день.
attest-badge = Підтверджено: { $name }, до { $date }
# $name: назва установи; $date: останній дійсний день.
attest-badge-expired = Підтвердження закінчилося: { $name }, дійсне до { $date }
attest-facts = Підтверджено установою:
attest-error-other_holder = Це підтвердження видано для ключа іншої особи. Нічого не змінено. Дайте установі свій власний ключ (Мій ключ для установ).
attest-error-wrong_paper = Це підтвердження стосується іншого виду документа. Додайте його до відповідного документа.
attest-error-unreadable = Це не підтвердження установи, яке Mappe може прочитати. Нічого не змінено.
attest-error-integrity = Це підтвердження змінено або пошкоджено. Нічого не змінено. Попросіть установу видати його ще раз.
attest-error-expired = Термін дії цього підтвердження минув. Нічого не змінено. Попросіть в установи нове.
attest-error-not_yet_valid = Це підтвердження ще не дійсне. Перевірте дату на телефоні.

# $name: назва установи.
share-attest-title = Підтверджено: { $name }. Які дані показати?
share-attest-hint = Надсилаються лише позначені дані. Одержувач може перевірити підпис установи.
share-attest-nothing = Виберіть також щонайменше одну річ вище, наприклад ваше ім'я.

claim-kind = Вид
claim-number = Номер
claim-valid_from = Дійсний з
claim-valid_until = Дійсний до
claim-legal_basis = Правова підстава
claim-work_permitted = Роботу дозволено
claim-level = Рівень
claim-issuer = Видано
claim-date = Дата
claim-degree = Кваліфікація
claim-decision = Рішення
claim-yes = так
claim-no = ні

## Моє резюме: попередній перегляд, потім друк або збереження як PDF.

# unreviewed
cv-open = Моє резюме (Lebenslauf)
# unreviewed
cv-title = Моє резюме (Lebenslauf)
# unreviewed
cv-intro = Складається з розділу «Про мене», ваших записів до резюме та сертифікатів. Документи на перебування туди ніколи не потрапляють.
# unreviewed
cv-lang = Мова резюме
# unreviewed
cv-lang-hint = Роботодавці в Німеччині очікують резюме німецькою мовою.
# unreviewed
cv-photo = Фото (необов’язково)
# unreviewed
cv-photo-pick = Вибрати фото
# unreviewed
cv-photo-none = Без фото
# unreviewed
cv-photo-hint = Зображення JPEG або PNG, не більше 5 МБ. Воно залишається на вашому телефоні.
# unreviewed
cv-photo-bad = Це зображення не підходить. Будь ласка, виберіть фото JPEG або PNG розміром до 5 МБ.
# unreviewed
cv-place = Місто (необов’язково)
# unreviewed
cv-place-hint = Для останнього рядка, наприклад «Berlin, den 02.12.2026».
# unreviewed
cv-preview = Попередній перегляд резюме
# unreviewed
cv-print = Друкувати або зберегти як PDF
# unreviewed
cv-print-hint = У вікні друку виберіть «Зберегти як PDF», щоб отримати файл.
