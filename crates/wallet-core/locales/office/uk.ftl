### Mappe office desk (/office/): Ukrainian (українська).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = Робоче місце Mappe для установ
language-self = Українська
language = Мова
back = Назад
cancel = Скасувати
close = Закрити
print = Друкувати
lock = Завершити сеанс
working = Хвилинку …

start-intro = Відкривайте документи, якими люди діляться з вашою установою зі свого Mappe. Розшифрування відбувається лише в цьому браузері.
start-create-title = Створити ключ установи
start-create-intro = Один ключ для всієї установи (наприклад, для однієї команди). Його картку люди сканують, щоб поділитися з вами.
office-name = Назва установи
office-name-hint = Так, як її знають люди, наприклад «Jobcenter Musterstadt, Team 3».
office-kind = Тип установи
passphrase = Парольна фраза
passphrase-again = Парольна фраза ще раз
passphrase-hint = Щонайменше 8 символів. Вона потрібна всім, хто відкриває надані дані на цьому робочому місці.
passphrase-mismatch = Дві парольні фрази не збігаються.
passphrase-short = Будь ласка, використайте щонайменше 8 символів.
name-missing = Будь ласка, введіть назву установи.
create = Створити ключ установи
start-import-title = Використати наявний ключ установи
start-import-intro = З іншого комп’ютера цієї установи (файл експорту) або створений у командному рядку (два файли keystore.mappe і agency.json з його папки).
import-files = Вибрати файли
import-done = Ключ установи збережено в цьому браузері. Відкрийте його парольною фразою.
start-unlock-title = Відкрити робоче місце
unlock-office = Установа: { $name }
unlock = Відкрити
start-other-key = Використати інший ключ установи в цьому браузері
start-other-key-warning = Це видалить ключ установи з цього браузера. Спершу експортуйте його, якщо він ніде більше не збережений.
start-other-key-yes = Так, видалити з цього браузера
locked-idle = Сеанс завершено після 15 хвилин бездіяльності.

recovery-title = Код відновлення ключа установи
recovery-intro = Запишіть цей код на папері та зберігайте під замком. З ним ключ можна відновити, якщо всі копії втрачено.
recovery-once = Він показується лише зараз. Хто його має, може відкрити все, чим діляться з вашою установою.
recovery-written = Я його записав(-ла)

kind-jobcenter = Центр зайнятості (Jobcenter)
kind-auslaenderbehoerde = Відомство у справах іноземців (Ausländerbehörde)
kind-sozialamt = Соціальна служба (Sozialamt)
kind-agentur_fuer_arbeit = Агентство праці (Agentur für Arbeit)
kind-bamf = Федеральне відомство з питань міграції та біженців (BAMF)
kind-beratungsstelle = Консультаційний центр
kind-sprachschule = Мовна школа
kind-other = Інше

desk-title = Робоче місце
desk-card-title = Картка вашої установи
desk-card-intro = Люди сканують цей код своїм Mappe, щоб поділитися документами лише з вашою установою.
desk-fingerprint = Ключ
desk-poster = Плакат для стійки (A4)
desk-export = Експортувати ключ установи
desk-export-intro = Для другого комп’ютера тієї ж установи. Файл залишається захищеним парольною фразою.
desk-export-done = Файл експорту збережено. Імпортуйте його на іншому комп’ютері й відкрийте тією ж парольною фразою.
desk-open-title = Відкрити надані дані
desk-open-intro = Відскануйте код, який показує людина, або вставте посилання.
open-scan = Сканувати камерою
open-link = Посилання
open-link-go = Відкрити
open-picture = Із зображення
open-opening = Відкриття та перевірка …
scan-title = Тримайте код перед камерою
scan-no-camera = Камерою неможливо скористатися. Вставте посилання або виберіть зображення.
scan-no-code = На цьому зображенні код не знайдено.
open-other-relay = Ці дані зберігаються на іншому ретрансляторі ({ $host }). Відкрийте їх на робочому місці того ретранслятора.
not-a-link = Це не посилання на надані дані Mappe.

poster-title = Поділіться з нами своїми документами
poster-text = Відкрийте Mappe на телефоні, виберіть «Поділитися», потім «Лише одна установа» і відскануйте цей код.
poster-check = Перевірте, що застосунок показує цю установу і цей ключ:

share-stated = Зі слів особи, без змін від моменту надання
share-stated-text = Підписано Mappe з цим ключем і не змінено відтоді, як надано:
share-stated-note = Це показує, хто надав дані і що нічого не змінено, але не те, що відомості правдиві.
share-from-sitting = Показано з цього сеансу, повторно не завантажено.
share-fetch-again = Завантажити знову (використовує ще одне відкриття)
share-fetch-again-confirm = Повторне завантаження використовує ще одне з дозволених відкриттів. Завантажити знову?
share-fetch-again-yes = Так, завантажити знову
share-shared-with = Надано для
share-anyone = Будь-хто, хто має код або посилання
share-office = { $name }
share-purpose = Мета
share-valid-until = Дійсне до
share-opens = Відкрито
share-opens-of = { $opens } з { $max }
share-opens-unlimited = { $opens } (без обмежень)
share-revision = Версія
share-live = Оновлюється: пізніші виправлення надійдуть з наступним відкриттям.
share-revised = Останнє виправлення
share-changed-title = Змінено з вашого останнього відкриття
share-changed-intro = З версії { $revision }:
share-changed-none = З вашого останнього відкриття нічого не змінилося.
share-changed-added = (нове)
share-changed-removed = (видалено)
share-fields = Надані документи, як їх вказала особа
share-scans = Скани
share-scan-size = { $size }
share-scan-open = Відкрити
share-scan-download = Завантажити
share-consent-title = Що було показано людині і на що вона погодилася
share-consent-lang = Мовою: { $lang }
share-record = Надрукувати протокол для справи
share-close = Закрити ці дані
share-id = Номер надання
share-created = Надано

attest-title = Підтвердження установ
attest-intro = Ці відомості установа підписала сама. Кожне перевіряється окремо.
attest-confirmed = Підтверджено: { $name }, { $date }
attest-untrusted = Підписано установою, якої немає у вашому списку довіри
attest-status-unknown = Не вдалося перевірити, чи установа його відкликала
attest-withdrawn = Відкликано установою
attest-expired = Строк дії підтвердження закінчився { $date }
attest-not-yet-valid = Підтвердження датоване майбутнім ({ $date })
attest-invalid = Недійсне — не показано: { $reason }
attest-reason-malformed = воно пошкоджене або не є підтвердженням установи
attest-reason-algorithm = його спосіб підпису не приймається
attest-reason-bad_signature = підпис установи не збігається, його змінено
attest-reason-bad_disclosure = відомість у ньому не підписана установою
attest-reason-bad_key_binding = воно не прив’язане до цього надання
attest-reason-other_holder = його видано іншій особі
attest-reason-unknown_type = невідомий вид документа
attest-reason-bad_claim = відомість у ньому має неправильну форму
attest-reason-too_large = воно завелике
attest-reason-other = не пройдено перевірку ({ $detail })
attest-trust-problem = Не вдалося використати список довіри установ. Жодна установа не вважається внесеною до нього.
attest-kind = Документ
attest-kind-residence = Документ про перебування
attest-kind-certificate = Сертифікат
attest-kind-recognition = Визнання іноземної кваліфікації
attest-about = Щодо запису
attest-facts-confirmed = Підтверджені відомості
attest-facts = Відомості, підписані установою (не підтверджено)
attest-facts-none = Відомостей не показано.
attest-office = Установа
attest-office-unlisted = Немає у вашому списку довіри
attest-office-key = Ключ установи
attest-issued = Видано
attest-expires = Підтвердження дійсне до
attest-status-as-of = Список відкликань перевірено
attest-yes = так
attest-no = ні

claim-kind = Вид
claim-number = Номер документа
claim-valid_from = Дійсний з
claim-valid_until = Дійсний до
claim-legal_basis = Правова підстава
claim-work_permitted = Роботу дозволено
claim-level = Рівень
claim-issuer = Ким видано
claim-date = Дата
claim-degree = Кваліфікація
claim-decision = Рішення

record-title = Протокол перевірених даних Mappe
record-retrieved = Отримано { $date }
record-by = установою { $name } (ключ { $fingerprint })
record-from = Дані з Mappe з ключем

section-profile = Особисті дані
section-cv = Резюме
section-certificates = Сертифікати
section-residence = Документи на перебування
section-other = Інші дані
empty = —

field-given_names = Імена
field-family_name = Прізвище
field-aliases = Інші написання
field-birth_date = Дата народження
field-birth_place = Місце народження
field-nationality = Громадянство
field-languages = Мови
field-contact = Контакти
field-phone = Телефон
field-email = Ел. пошта
field-address = Адреса
field-kind = Вид
field-title = Назва
field-organisation = Школа, роботодавець або організатор курсу
field-place = Місце
field-from = З
field-to = До
field-description = Опис
field-issuer = Видано ким
field-issued_on = Дата видачі
field-cefr_level = Рівень (CEFR)
field-exam = Іспит
field-number = Номер документа
field-valid_until = Дійсний до
field-authority = Орган
field-language = Мова
field-level = Рівень
# unreviewed
field-legal_basis = Правова підстава
# unreviewed
field-work = Робота
# unreviewed
field-conditions = Умови (Auflagen)
# unreviewed
work-permitted = Роботу дозволено
# unreviewed
work-permitted_with_approval = Робота лише з дозволу відомства у справах іноземців
# unreviewed
work-not_permitted = Роботу не дозволено

item-education = Школа або навчання
item-work = Робота
item-training = Підвищення кваліфікації або курс
item-other = Інше
item-language = Мовний сертифікат
item-qualification = Кваліфікація
item-recognition = Визнання іноземної кваліфікації
item-aufenthaltserlaubnis = Дозвіл на проживання (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Дозвіл на постійне проживання (Niederlassungserlaubnis)
item-aufenthaltsgestattung = Дозвіл на перебування під час процедури притулку (Aufenthaltsgestattung)
item-duldung = Толерований статус (Duldung)
item-fiktionsbescheinigung = Тимчасове посвідчення (Fiktionsbescheinigung)
item-visa = Віза
item-eu_citizen = Громадянин ЄС

lang-de = німецькою
lang-en = англійською
lang-ar = арабською
lang-uk = українською
lang-fa = перською
lang-tr = турецькою

error-wrong_passphrase = Парольна фраза неправильна. Спробуйте ще раз.
error-integrity = Перевірка не вдалася: дані змінено або пошкоджено, або підпис не збігається. Нічого не показано.
error-format = Це не файл чи надані дані Mappe, або вони з новішої версії Mappe.
error-bad_input = Це не приймається. Будь ласка, перевірте.
error-not_found = Таких наданих даних на ретрансляторі немає.
error-too_large = Це завелике.
error-unreachable = Ретранслятор недоступний. Перевірте мережеве з’єднання.
error-relay = Ретранслятор відхилив це. Спробуйте пізніше.
error-withheld = На ретрансляторі бракує даних. Нічого не показано.
error-revoked = Людина відкликала ці дані. Їх більше не можна відкрити.
error-expired = Термін дії цих даних минув. Попросіть людину надати нові.
error-used_up = Ці дані відкривали стільки разів, скільки дозволено. Попросіть людину надати нові.
error-not_for_this_office = Ці дані адресовано іншій установі. Тут їх не можна відкрити.
error-older_revision = Увага: ретранслятор видав старішу версію цих даних, ніж ця установа вже бачила. Нічого не показано. Повідомте людину та ваш ІТ-відділ.
error-recovery_code = Код відновлення введено з помилкою.
error-internal = У Mappe сталася помилка. Будь ласка, повідомте ваш ІТ-відділ.
error-storage = Браузер не зміг зберегти дані.
error-detail = Подробиці: { $detail }

## Підтвердити документ: установа підписує відомості про документ особи і може відкликати підтвердження.

desk-issue-intro = Підтвердьте перевірені відомості про документ особи, наприклад дозвіл на проживання. Тут видно, що підтвердила ця установа, і це можна відкликати.
desk-issue = Підтвердити документ
issue-title = Підтвердити документ
issue-intro = Ви підписуєте відомості, які перевірили. Особа зберігає підтвердження у своїй Mappe і може показати його іншим установам; вони бачать, що його підтвердила ваша установа.
issue-holder = Ключ особи
issue-holder-hint = Mappe особи показує його в розділі «Мій ключ для установ»: 64 символи 0–9 і a–f. Пробіли не мають значення.
issue-facts = Відомості, які ви підтверджуєте
issue-facts-hint = Заповнюйте лише те, що перевірили. Порожні поля не враховуються.
issue-choose = Будь ласка, виберіть
issue-expires = Підтвердження дійсне до
issue-expires-hint = Після цього дня інші установи бачать його простроченим.
issue-submit = Підписати підтвердження
issue-holder-bad = Ключ особи має складатися з 64 символів 0–9 і a–f. Будь ласка, перевірте вставлене.
# $name: назва порожнього поля.
issue-missing = Будь ласка, заповніть: { $name }
issue-expires-bad = Підтвердження має бути дійсним до дня після сьогоднішнього.
issue-done-title = Підтвердження підписано
# $n: номер підтвердження в цій установі.
issue-number = Підтвердження № { $n }
issue-done = Передайте його особі: вона сканує цей код своєю Mappe, або ви даєте їй файл.
issue-qr-alt = Код підтвердження
issue-qr-too-long = Це підтвердження задовге для коду. Дайте особі файл або текст.
issue-download = Завантажити файл
issue-text = Підтвердження як текст для копіювання
# $detail: причина ретранслятора.
issue-publish-failed = Ретранслятор не прийняв список відкликань цієї установи. Він зберігається в цьому браузері й буде надісланий знову з наступним підтвердженням або відкликанням. ({ $detail })
issue-list-title = Видані підтвердження
issue-list-note = Як збережено в цьому браузері. Підтверджуйте документи лише з одного комп'ютера установи.
issue-list-empty = Ще не видано жодного підтвердження.
issue-holder-short = Ключ особи
issue-state = Стан
issue-state-valid = Дійсне
# $date: день відкликання.
issue-state-withdrawn = Відкликано { $date }
issue-state-expired = Прострочене
issue-withdraw = Відкликати
# $n: номер підтвердження.
issue-withdraw-confirm = Відкликати підтвердження № { $n }? Інші установи бачитимуть його відкликаним. Це не можна скасувати.
issue-withdraw-yes = Так, відкликати
# $n: номер підтвердження.
issue-withdrawn = Підтвердження № { $n } відкликано.
