var We=`### Mappe-Schreibtisch für Stellen (die Seite der Sachbearbeitung unter /office/): Deutsch.
### Stand: von den Entwicklern geschrieben und gelesen.
### Genau die Nachrichten-IDs und Variablen von en.ftl (geprüft von app/test/unit/translations.test.js).

app-name = Mappe-Schreibtisch
language-self = Deutsch
language = Sprache
back = Zurück
cancel = Abbrechen
close = Schließen
print = Drucken
lock = Sitzung beenden
working = Einen Moment …

## Start: anlegen, übernehmen, öffnen.

start-intro = Öffnen Sie Unterlagen, die Menschen aus ihrer Mappe mit Ihrer Stelle teilen. Entschlüsselt wird nur in diesem Browser.
start-create-title = Schlüssel der Stelle anlegen
start-create-intro = Ein Schlüssel für die ganze Stelle (zum Beispiel ein Team). Seine Karte scannen die Menschen, um mit Ihnen zu teilen.
office-name = Name der Stelle
office-name-hint = So, wie die Menschen sie kennen, zum Beispiel „Jobcenter Musterstadt, Team 3“.
office-kind = Art der Stelle
passphrase = Passphrase
passphrase-again = Passphrase wiederholen
passphrase-hint = Mindestens 8 Zeichen. Alle, die an diesem Platz Freigaben öffnen, brauchen sie.
passphrase-mismatch = Die beiden Passphrasen sind nicht gleich.
passphrase-short = Bitte mindestens 8 Zeichen verwenden.
name-missing = Bitte den Namen der Stelle eingeben.
create = Schlüssel anlegen
start-import-title = Vorhandenen Schlüssel der Stelle verwenden
start-import-intro = Von einem anderen PC dieser Stelle (eine Export-Datei) oder mit der Kommandozeile angelegt (die beiden Dateien keystore.mappe und agency.json aus ihrem Ordner).
import-files = Dateien auswählen
import-done = Der Schlüssel der Stelle ist jetzt in diesem Browser gespeichert. Öffnen Sie ihn mit seiner Passphrase.
start-unlock-title = Schreibtisch öffnen
unlock-office = Stelle: { $name }
unlock = Öffnen
start-other-key = Einen anderen Schlüssel in diesem Browser verwenden
start-other-key-warning = Dadurch wird der Schlüssel der Stelle aus diesem Browser gelöscht. Exportieren Sie ihn vorher, wenn er nirgends sonst gespeichert ist.
start-other-key-yes = Ja, aus diesem Browser löschen

locked-idle = Die Sitzung wurde nach 15 Minuten ohne Nutzung beendet.

recovery-title = Wiederherstellungscode des Schlüssels
recovery-intro = Schreiben Sie diesen Code auf Papier und schließen Sie ihn weg. Mit ihm lässt sich der Schlüssel neu herstellen, wenn alle Kopien verloren sind.
recovery-once = Er wird nur jetzt angezeigt. Wer ihn hat, kann alles öffnen, was mit Ihrer Stelle geteilt wird.
recovery-written = Ich habe ihn aufgeschrieben

## Arten von Stellen.

kind-jobcenter = Jobcenter
kind-auslaenderbehoerde = Ausländerbehörde
kind-sozialamt = Sozialamt
kind-agentur_fuer_arbeit = Agentur für Arbeit
kind-bamf = Bundesamt für Migration und Flüchtlinge (BAMF)
kind-beratungsstelle = Beratungsstelle
kind-sprachschule = Sprachschule
kind-other = Andere

## Der Schreibtisch.

desk-title = Schreibtisch
desk-card-title = Karte Ihrer Stelle
desk-card-intro = Diesen Code scannen die Menschen mit ihrer Mappe, um Unterlagen nur mit Ihrer Stelle zu teilen.
desk-fingerprint = Schlüssel
desk-poster = Aushang für den Tresen (A4)
desk-export = Schlüssel der Stelle exportieren
desk-export-intro = Für einen zweiten PC derselben Stelle. Die Datei bleibt mit der Passphrase verschlossen.
desk-export-done = Die Export-Datei wurde gespeichert. Übernehmen Sie sie auf dem anderen PC und öffnen Sie sie mit derselben Passphrase.
desk-open-title = Freigabe öffnen
desk-open-intro = Scannen Sie den Code, den die Person zeigt, oder fügen Sie den Link ein.
open-scan = Mit der Kamera scannen
open-link = Link
open-link-go = Öffnen
open-picture = Aus einem Bild
open-opening = Wird geöffnet und geprüft …
scan-title = Halten Sie den Code vor die Kamera
scan-no-camera = Die Kamera lässt sich nicht verwenden. Fügen Sie den Link ein oder wählen Sie ein Bild.
scan-no-code = In diesem Bild wurde kein Code gefunden.
open-other-relay = Diese Freigabe liegt auf einem anderen Relay ({ $host }). Öffnen Sie sie am Schreibtisch dieses Relays.
not-a-link = Das ist kein Link einer Mappe-Freigabe.

poster-title = Teilen Sie Ihre Unterlagen mit uns
poster-text = Öffnen Sie Mappe auf Ihrem Handy, wählen Sie „Teilen“, dann „Nur eine Stelle“, und scannen Sie diesen Code.
poster-check = Prüfen Sie, dass die App diese Stelle und diesen Schlüssel anzeigt:

## Eine Freigabe.

share-verified = Geprüft
share-verified-text = Signiert von der Mappe mit diesem Schlüssel und seit der Freigabe unverändert:
share-from-sitting = Aus dieser Sitzung angezeigt, nicht erneut abgerufen.
share-fetch-again = Erneut abrufen (verbraucht eine weitere Öffnung)
share-fetch-again-confirm = Erneutes Abrufen verbraucht eine weitere der erlaubten Öffnungen. Erneut abrufen?
share-fetch-again-yes = Ja, erneut abrufen
share-shared-with = Freigegeben für
share-anyone = Jede Person mit dem Code oder Link
share-office = { $name }
share-purpose = Zweck
share-valid-until = Gültig bis
share-opens = Geöffnet
share-opens-of = { $opens } von { $max } Mal
share-opens-unlimited = { $opens } Mal (ohne Begrenzung)
share-revision = Version
share-live = Aktuell gehalten: spätere Korrekturen kommen beim nächsten Öffnen mit.
share-revised = Zuletzt korrigiert
share-changed-title = Geändert seit Ihrem letzten Öffnen
share-changed-intro = Seit Version { $revision }:
share-changed-none = Seit Ihrem letzten Öffnen hat sich nichts geändert.
share-changed-added = (neu)
share-changed-removed = (entfernt)
share-fields = Freigegebene Unterlagen
share-scans = Scans
share-scan-size = { $size }
share-scan-open = Öffnen
share-scan-download = Herunterladen
share-consent-title = Was der Person gezeigt wurde und wozu sie zugestimmt hat
share-consent-lang = Auf { $lang }
share-record = Nachweis für die Akte drucken
share-close = Freigabe schließen
share-id = Freigabe-Nr.
share-created = Freigegeben am

record-title = Nachweis einer geprüften Mappe-Freigabe
record-retrieved = Abgerufen am { $date }
record-by = von { $name } (Schlüssel { $fingerprint })
record-from = Daten aus der Mappe mit dem Schlüssel

section-profile = Persönliche Angaben
section-cv = Lebenslauf
section-certificates = Zertifikate und Abschlüsse
section-residence = Aufenthaltspapiere
section-other = Weitere Angaben
empty = —

## Feldnamen.

field-given_names = Vornamen
field-family_name = Familienname
field-aliases = Andere Schreibweisen
field-birth_date = Geburtsdatum
field-birth_place = Geburtsort
field-nationality = Staatsangehörigkeit
field-languages = Sprachen
field-contact = Kontakt
field-phone = Telefon
field-email = E-Mail
field-address = Anschrift
field-kind = Art
field-title = Bezeichnung
field-organisation = Schule, Arbeitgeber, Anbieter
field-place = Ort
field-from = Von
field-to = Bis
field-description = Beschreibung
field-issuer = Ausgestellt von
field-issued_on = Ausgestellt am
field-cefr_level = Sprachniveau (GER)
field-exam = Prüfung
field-number = Nummer
field-valid_until = Gültig bis
field-authority = Behörde
field-language = Sprache
field-level = Niveau

item-education = Schule und Ausbildung
item-work = Berufstätigkeit
item-training = Weiterbildung
item-other = Sonstiges
item-language = Sprachzertifikat
item-qualification = Qualifikation
item-recognition = Anerkennungsbescheid
item-aufenthaltserlaubnis = Aufenthaltserlaubnis
item-niederlassungserlaubnis = Niederlassungserlaubnis
item-aufenthaltsgestattung = Aufenthaltsgestattung
item-duldung = Duldung
item-fiktionsbescheinigung = Fiktionsbescheinigung
item-visa = Visum
item-eu_citizen = EU-Bürger/in (Freizügigkeit)

lang-de = Deutsch
lang-en = Englisch
lang-ar = Arabisch
lang-uk = Ukrainisch
lang-fa = Persisch
lang-tr = Türkisch

## Fehler, nach dem Code des Kerns (docs/wasm-api.md).

error-wrong_passphrase = Die Passphrase stimmt nicht. Bitte erneut versuchen.
error-integrity = Die Prüfung ist fehlgeschlagen: Die Daten wurden verändert oder beschädigt, oder die Unterschrift passt nicht. Es wird nichts angezeigt.
error-format = Das ist keine Mappe-Datei oder -Freigabe, oder sie stammt aus einer neueren Version von Mappe.
error-bad_input = Das wird nicht angenommen. Bitte prüfen.
error-not_found = Diese Freigabe gibt es auf dem Relay nicht.
error-too_large = Das ist zu groß.
error-unreachable = Das Relay ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.
error-relay = Das Relay hat das abgelehnt. Bitte später erneut versuchen.
error-withheld = Dem Relay fehlen Daten. Es wird nichts angezeigt.
error-revoked = Die Person hat diese Freigabe widerrufen. Sie kann nicht mehr geöffnet werden.
error-expired = Diese Freigabe ist abgelaufen. Bitten Sie die Person um eine neue.
error-used_up = Diese Freigabe wurde so oft geöffnet wie erlaubt. Bitten Sie die Person um eine neue.
error-not_for_this_office = Diese Freigabe ist an eine andere Stelle gerichtet. Sie kann hier nicht geöffnet werden.
error-older_revision = Warnung: Das Relay hat eine ältere Version dieser Freigabe geliefert, als diese Stelle schon gesehen hat. Es wird nichts angezeigt. Sagen Sie es der Person und Ihrer IT.
error-recovery_code = Der Wiederherstellungscode ist falsch eingegeben.
error-internal = In Mappe ist etwas schiefgegangen. Bitte sagen Sie es Ihrer IT.
error-storage = Der Browser konnte die Daten nicht speichern.
error-detail = Einzelheit: { $detail }
`;var Ge=`### Mappe office desk (the caseworker's page at /office/): English (source language).
### Status: written by the developers; the reference for every other file.
### Every file in this folder has exactly these message ids with the same variables
### (checked by app/test/unit/translations.test.js). Short, plain sentences.

app-name = Mappe office desk
language-self = English
language = Language
back = Back
cancel = Cancel
close = Close
print = Print
lock = End sitting
working = One moment …

## Start: create, import, unlock.

start-intro = Open papers that people share with your office from their Mappe. Everything is decrypted in this browser only.
start-create-title = Create the office key
start-create-intro = One key for the whole office (for example one team). Its card is what people scan to share with you.
office-name = Name of the office
office-name-hint = As people know it, for example "Jobcenter Musterstadt, Team 3".
office-kind = Kind of office
passphrase = Passphrase
passphrase-again = Passphrase again
passphrase-hint = At least 8 characters. Everyone at this desk who opens shares needs it.
passphrase-mismatch = The two passphrases are not the same.
passphrase-short = Please use at least 8 characters.
name-missing = Please enter the name of the office.
create = Create office key
start-import-title = Use an existing office key
start-import-intro = From another PC of this office (an office export file), or made with the command line (the two files keystore.mappe and agency.json of its folder).
import-files = Choose files
import-done = The office key was stored in this browser. Open it with its passphrase.
start-unlock-title = Open the office desk
# $name: the office's name (not translated).
unlock-office = Office: { $name }
unlock = Open
start-other-key = Use another office key in this browser
start-other-key-warning = This removes the office key from this browser. Export it first if it is not stored anywhere else.
start-other-key-yes = Yes, remove it from this browser

locked-idle = The sitting ended after 15 minutes without use.

recovery-title = The office key's recovery code
recovery-intro = Write this code down on paper and keep it locked away. With it the key can be made again if every copy is lost.
recovery-once = It is shown only now. With it, anyone can open what is shared with your office.
recovery-written = I have written it down

## Kinds of office (the card's kind).

kind-jobcenter = Jobcenter
kind-auslaenderbehoerde = Immigration office (Ausländerbehörde)
kind-sozialamt = Social welfare office (Sozialamt)
kind-agentur_fuer_arbeit = Employment agency (Agentur für Arbeit)
kind-bamf = Federal Office for Migration and Refugees (BAMF)
kind-beratungsstelle = Counselling centre
kind-sprachschule = Language school
kind-other = Other

## The desk.

desk-title = Office desk
desk-card-title = Your office card
desk-card-intro = People scan this code with their Mappe to share their papers with your office only.
# Before the office key's fingerprint, to compare aloud.
desk-fingerprint = Key
desk-poster = Poster for the counter (A4)
desk-export = Export office key
desk-export-intro = For a second PC of the same office. The file stays locked with the passphrase.
desk-export-done = The export file was saved. Import it on the other PC and open it with the same passphrase.
desk-open-title = Open a share
desk-open-intro = Scan the code the person shows you, or paste the link.
open-scan = Scan with the camera
open-link = Link
open-link-go = Open
open-picture = From a picture
open-opening = Opening and checking …
scan-title = Hold the code in front of the camera
scan-no-camera = The camera cannot be used. Paste the link or choose a picture instead.
scan-no-code = No code found in this picture.
open-other-relay = This share is on another relay ({ $host }). Open it on the office desk of that relay.
not-a-link = This is not a Mappe share link.

poster-title = Share your papers with us
poster-text = Open Mappe on your phone, choose "Share", then "Only one office", and scan this code.
poster-check = Check that the app shows this office and this key:

## A share.

share-verified = Verified
share-verified-text = Signed by the Mappe with this key and unchanged since it was shared:
share-from-sitting = Shown from this sitting, not fetched again.
share-fetch-again = Fetch again (uses one more open)
share-fetch-again-confirm = Fetching again uses one more of the share's opens. Fetch again?
share-fetch-again-yes = Yes, fetch again
share-shared-with = Shared with
share-anyone = Anyone holding the code or link
# $name: an office's name.
share-office = { $name }
share-purpose = Purpose
share-valid-until = Valid until
share-opens = Opened
# $opens: how often it was opened (this one included); $max: the limit.
share-opens-of = { $opens } of { $max }
# $opens: how often it was opened (this one included).
share-opens-unlimited = { $opens } (no limit)
share-revision = Revision
share-live = Live: later corrections come with the next open.
share-revised = Last corrected
share-changed-title = Changed since you last opened it
# $revision: the revision this office saw last time.
share-changed-intro = Since revision { $revision }:
share-changed-none = Nothing changed since you last opened it.
share-changed-added = (new)
share-changed-removed = (removed)
share-fields = Shared papers
share-scans = Scans
# $size: a size like "1.2 MB".
share-scan-size = { $size }
share-scan-open = Open
share-scan-download = Download
share-consent-title = What the person saw and agreed to
# $lang: the language's name.
share-consent-lang = In { $lang }
share-record = Print the record for the case file
share-close = Close this share
share-id = Share id
share-created = Shared on

record-title = Record of a verified Mappe share
# $date: date and time of retrieval.
record-retrieved = Retrieved on { $date }
# $name: office name; $fingerprint: its key.
record-by = by { $name } (key { $fingerprint })
record-from = Data from the Mappe with the key

section-profile = Personal details
section-cv = CV
section-certificates = Certificates
section-residence = Residence papers
section-other = Other details
empty = —

## Field names (wallet data model).

field-given_names = First names
field-family_name = Family name
field-aliases = Other names
field-birth_date = Date of birth
field-birth_place = Place of birth
field-nationality = Nationality
field-languages = Languages
field-contact = Contact
field-phone = Phone
field-email = Email
field-address = Address
field-kind = Kind
field-title = Title
field-organisation = School, employer or course provider
field-place = Place
field-from = From
field-to = To
field-description = Description
field-issuer = Issued by
field-issued_on = Issued on
field-cefr_level = Level (CEFR)
field-exam = Exam
field-number = Document number
field-valid_until = Valid until
field-authority = Authority
field-language = Language
field-level = Level

item-education = School or studies
item-work = Work
item-training = Training or course
item-other = Other
item-language = Language certificate
item-qualification = Qualification
item-recognition = Recognition of a foreign qualification
item-aufenthaltserlaubnis = Residence permit (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Settlement permit (Niederlassungserlaubnis)
item-aufenthaltsgestattung = Permission to stay during asylum (Aufenthaltsgestattung)
item-duldung = Toleration (Duldung)
item-fiktionsbescheinigung = Provisional certificate (Fiktionsbescheinigung)
item-visa = Visa
item-eu_citizen = EU citizen

lang-de = German
lang-en = English
lang-ar = Arabic
lang-uk = Ukrainian
lang-fa = Persian
lang-tr = Turkish

## Errors, by the code the core gives (docs/wasm-api.md).

error-wrong_passphrase = The passphrase is not right. Please try again.
error-integrity = The check failed: the data was altered or damaged, or the signature does not match. Nothing is shown.
error-format = This is not a Mappe file or share, or it comes from a newer version of Mappe.
error-bad_input = This is not accepted. Please check it.
error-not_found = There is no such share on the relay.
error-too_large = This is too large.
error-unreachable = The relay cannot be reached. Check the network connection.
error-relay = The relay refused this. Please try again later.
error-withheld = The relay is missing data. Nothing is shown.
error-revoked = The person revoked this share. It can no longer be opened.
error-expired = This share has expired. Ask the person for a new one.
error-used_up = This share was opened as often as allowed. Ask the person for a new one.
error-not_for_this_office = This share is addressed to another office. It cannot be opened here.
error-older_revision = Warning: the relay served an older version of this share than this office already saw. Nothing is shown. Tell the person and your IT department.
error-recovery_code = The recovery code is mistyped.
error-internal = Something went wrong inside Mappe. Please tell your IT department.
error-storage = The browser could not store the data.
error-detail = Detail: { $detail }
`;var qe=`### Mappe office desk (/office/): Arabic (العربية).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = مكتب Mappe للجهات
language-self = العربية
language = اللغة
back = رجوع
cancel = إلغاء
close = إغلاق
print = طباعة
lock = إنهاء الجلسة
working = لحظة من فضلك …

start-intro = افتح الأوراق التي يشاركها الناس مع جهتكم من تطبيق Mappe. يتم فك التشفير في هذا المتصفح فقط.
start-create-title = إنشاء مفتاح الجهة
start-create-intro = مفتاح واحد للجهة كلها (مثلاً فريق واحد). يمسح الناس بطاقته ضوئياً ليشاركوا معكم.
office-name = اسم الجهة
office-name-hint = كما يعرفها الناس، مثلاً «Jobcenter Musterstadt, Team 3».
office-kind = نوع الجهة
passphrase = عبارة المرور
passphrase-again = عبارة المرور مرة أخرى
passphrase-hint = 8 أحرف على الأقل. يحتاجها كل من يفتح المشاركات في هذا المكتب.
passphrase-mismatch = عبارتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
name-missing = يرجى إدخال اسم الجهة.
create = إنشاء مفتاح الجهة
start-import-title = استخدام مفتاح جهة موجود
start-import-intro = من حاسوب آخر لهذه الجهة (ملف تصدير)، أو مفتاح أُنشئ بسطر الأوامر (الملفان keystore.mappe و agency.json من مجلده).
import-files = اختيار الملفات
import-done = تم حفظ مفتاح الجهة في هذا المتصفح. افتحه بعبارة المرور الخاصة به.
start-unlock-title = فتح المكتب
unlock-office = الجهة: { $name }
unlock = فتح
start-other-key = استخدام مفتاح جهة آخر في هذا المتصفح
start-other-key-warning = هذا يحذف مفتاح الجهة من هذا المتصفح. صدّره أولاً إذا لم يكن محفوظاً في مكان آخر.
start-other-key-yes = نعم، احذفه من هذا المتصفح
locked-idle = انتهت الجلسة بعد 15 دقيقة دون استخدام.

recovery-title = رمز الاسترداد لمفتاح الجهة
recovery-intro = اكتب هذا الرمز على ورقة واحفظها في مكان مقفل. به يمكن إعادة إنشاء المفتاح إذا فُقدت كل النسخ.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح كل ما يُشارك مع جهتكم.
recovery-written = لقد كتبته

kind-jobcenter = مركز العمل (Jobcenter)
kind-auslaenderbehoerde = دائرة الأجانب (Ausländerbehörde)
kind-sozialamt = مكتب الشؤون الاجتماعية (Sozialamt)
kind-agentur_fuer_arbeit = وكالة العمل (Agentur für Arbeit)
kind-bamf = المكتب الاتحادي للهجرة واللاجئين (BAMF)
kind-beratungsstelle = مركز استشارات
kind-sprachschule = مدرسة لغة
kind-other = أخرى

desk-title = المكتب
desk-card-title = بطاقة جهتكم
desk-card-intro = يمسح الناس هذا الرمز بتطبيق Mappe ليشاركوا أوراقهم مع جهتكم فقط.
desk-fingerprint = المفتاح
desk-poster = ملصق للمكتب (A4)
desk-export = تصدير مفتاح الجهة
desk-export-intro = لحاسوب ثانٍ في الجهة نفسها. يبقى الملف مقفلاً بعبارة المرور.
desk-export-done = تم حفظ ملف التصدير. استورده على الحاسوب الآخر وافتحه بعبارة المرور نفسها.
desk-open-title = فتح مشاركة
desk-open-intro = امسح الرمز الذي يعرضه الشخص ضوئياً، أو الصق الرابط.
open-scan = المسح بالكاميرا
open-link = الرابط
open-link-go = فتح
open-picture = من صورة
open-opening = جارٍ الفتح والتحقق …
scan-title = ضع الرمز أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. الصق الرابط أو اختر صورة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز في هذه الصورة.
open-other-relay = هذه المشاركة موجودة على خادم ترحيل آخر ({ $host }). افتحها في مكتب ذلك الخادم.
not-a-link = هذا ليس رابط مشاركة من Mappe.

poster-title = شاركوا أوراقكم معنا
poster-text = افتح Mappe على هاتفك، واختر «مشاركة»، ثم «جهة واحدة فقط»، وامسح هذا الرمز.
poster-check = تأكد أن التطبيق يعرض هذه الجهة وهذا المفتاح:

share-verified = تم التحقق
share-verified-text = موقَّعة من Mappe صاحبة هذا المفتاح ولم تتغير منذ مشاركتها:
share-from-sitting = معروضة من هذه الجلسة، ولم تُجلب مرة أخرى.
share-fetch-again = الجلب مرة أخرى (يستهلك فتحة إضافية)
share-fetch-again-confirm = الجلب مرة أخرى يستهلك مرة إضافية من مرات الفتح المسموح بها. هل تريد الجلب مرة أخرى؟
share-fetch-again-yes = نعم، اجلبها مرة أخرى
share-shared-with = مُشاركة مع
share-anyone = أي شخص لديه الرمز أو الرابط
share-office = { $name }
share-purpose = الغرض
share-valid-until = صالحة حتى
share-opens = مرات الفتح
share-opens-of = { $opens } من { $max }
share-opens-unlimited = { $opens } (بلا حد)
share-revision = النسخة
share-live = محدَّثة: التصحيحات اللاحقة تصل مع الفتح التالي.
share-revised = آخر تصحيح
share-changed-title = ما تغيّر منذ آخر فتح لكم
share-changed-intro = منذ النسخة { $revision }:
share-changed-none = لم يتغير شيء منذ آخر فتح لكم.
share-changed-added = (جديد)
share-changed-removed = (محذوف)
share-fields = الأوراق المُشاركة
share-scans = المسوحات الضوئية
share-scan-size = { $size }
share-scan-open = فتح
share-scan-download = تنزيل
share-consent-title = ما عُرض على الشخص وما وافق عليه
share-consent-lang = باللغة: { $lang }
share-record = طباعة المحضر للملف
share-close = إغلاق هذه المشاركة
share-id = رقم المشاركة
share-created = تاريخ المشاركة

record-title = محضر مشاركة Mappe تم التحقق منها
record-retrieved = تم الجلب في { $date }
record-by = بواسطة { $name } (المفتاح { $fingerprint })
record-from = البيانات من Mappe صاحبة المفتاح

section-profile = البيانات الشخصية
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
section-other = بيانات أخرى
empty = —

field-given_names = الأسماء الأولى
field-family_name = اسم العائلة
field-aliases = أسماء أخرى
field-birth_date = تاريخ الميلاد
field-birth_place = مكان الميلاد
field-nationality = الجنسية
field-languages = اللغات
field-contact = التواصل
field-phone = الهاتف
field-email = البريد الإلكتروني
field-address = العنوان
field-kind = النوع
field-title = العنوان الوصفي
field-organisation = المدرسة أو جهة العمل أو مقدم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = صادرة عن
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى (الإطار الأوروبي)
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالحة حتى
field-authority = الجهة المصدرة
field-language = اللغة
field-level = المستوى

item-education = المدرسة أو الدراسة
item-work = العمل
item-training = تدريب أو دورة
item-other = أخرى
item-language = شهادة لغة
item-qualification = مؤهل
item-recognition = معادلة مؤهل أجنبي
item-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
item-aufenthaltsgestattung = إذن إقامة أثناء اللجوء (Aufenthaltsgestattung)
item-duldung = تسامح (Duldung)
item-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
item-visa = تأشيرة
item-eu_citizen = مواطن من الاتحاد الأوروبي

lang-de = الألمانية
lang-en = الإنجليزية
lang-ar = العربية
lang-uk = الأوكرانية
lang-fa = الفارسية
lang-tr = التركية

error-wrong_passphrase = عبارة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = فشل التحقق: البيانات تغيرت أو تلفت، أو التوقيع غير مطابق. لا يُعرض شيء.
error-format = هذا ليس ملفاً أو مشاركة من Mappe، أو أنه من نسخة أحدث من Mappe.
error-bad_input = هذا غير مقبول. يرجى التحقق منه.
error-not_found = لا توجد مشاركة كهذه على خادم الترحيل.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى خادم الترحيل. تحقق من اتصال الشبكة.
error-relay = رفض خادم الترحيل ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص خادمَ الترحيل بيانات. لا يُعرض شيء.
error-revoked = ألغى الشخص هذه المشاركة. لم يعد بالإمكان فتحها.
error-expired = انتهت صلاحية هذه المشاركة. اطلب من الشخص مشاركة جديدة.
error-used_up = فُتحت هذه المشاركة بالعدد المسموح به. اطلب من الشخص مشاركة جديدة.
error-not_for_this_office = هذه المشاركة موجهة إلى جهة أخرى. لا يمكن فتحها هنا.
error-older_revision = تحذير: قدّم خادم الترحيل نسخة من هذه المشاركة أقدم مما رأته هذه الجهة من قبل. لا يُعرض شيء. أبلغ الشخص وقسم تقنية المعلومات لديكم.
error-recovery_code = رمز الاسترداد مكتوب بشكل خاطئ.
error-internal = حدث خطأ داخل Mappe. يرجى إبلاغ قسم تقنية المعلومات لديكم.
error-storage = لم يتمكن المتصفح من حفظ البيانات.
error-detail = تفاصيل: { $detail }
`;var Je=`### Mappe office desk (/office/): Ukrainian (українська).
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

share-verified = Перевірено
share-verified-text = Підписано Mappe з цим ключем і не змінено відтоді, як надано:
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
share-fields = Надані документи
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
`;var Ye=`### Mappe office desk (/office/): Persian (فارسی).
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

share-verified = تأیید شد
share-verified-text = امضاشده با Mappe دارای این کلید و بدون تغییر از زمان اشتراک‌گذاری:
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
share-fields = مدارک به اشتراک گذاشته
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
`;var Ze=`### Mappe office desk (/office/): Turkish (Türkçe).
### UNREVIEWED machine translation, not yet checked by a native speaker (docs/office.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/translations.test.js).

app-name = Mappe kurum masası
language-self = Türkçe
language = Dil
back = Geri
cancel = İptal
close = Kapat
print = Yazdır
lock = Oturumu bitir
working = Bir dakika …

start-intro = İnsanların Mappe uygulamalarından kurumunuzla paylaştığı belgeleri açın. Şifre çözme yalnızca bu tarayıcıda yapılır.
start-create-title = Kurum anahtarını oluştur
start-create-intro = Bütün kurum için tek bir anahtar (örneğin bir ekip). İnsanlar sizinle paylaşmak için onun kartını tarar.
office-name = Kurumun adı
office-name-hint = İnsanların bildiği şekliyle, örneğin "Jobcenter Musterstadt, Team 3".
office-kind = Kurum türü
passphrase = Parola ifadesi
passphrase-again = Parola ifadesi tekrar
passphrase-hint = En az 8 karakter. Bu masada paylaşımları açan herkesin buna ihtiyacı var.
passphrase-mismatch = İki parola ifadesi aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
name-missing = Lütfen kurumun adını girin.
create = Kurum anahtarını oluştur
start-import-title = Mevcut bir kurum anahtarını kullan
start-import-intro = Bu kurumun başka bir bilgisayarından (bir dışa aktarma dosyası) ya da komut satırıyla oluşturulmuş (klasöründeki keystore.mappe ve agency.json dosyaları).
import-files = Dosyaları seç
import-done = Kurum anahtarı bu tarayıcıya kaydedildi. Parola ifadesiyle açın.
start-unlock-title = Masayı aç
unlock-office = Kurum: { $name }
unlock = Aç
start-other-key = Bu tarayıcıda başka bir kurum anahtarı kullan
start-other-key-warning = Bu, kurum anahtarını bu tarayıcıdan siler. Başka bir yerde kayıtlı değilse önce dışa aktarın.
start-other-key-yes = Evet, bu tarayıcıdan sil
locked-idle = Oturum 15 dakika kullanılmadığı için sona erdi.

recovery-title = Kurum anahtarının kurtarma kodu
recovery-intro = Bu kodu kâğıda yazın ve kilitli bir yerde saklayın. Tüm kopyalar kaybolursa anahtar onunla yeniden oluşturulabilir.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan, kurumunuzla paylaşılan her şeyi açabilir.
recovery-written = Yazdım

kind-jobcenter = İş merkezi (Jobcenter)
kind-auslaenderbehoerde = Yabancılar dairesi (Ausländerbehörde)
kind-sozialamt = Sosyal yardım dairesi (Sozialamt)
kind-agentur_fuer_arbeit = İş ajansı (Agentur für Arbeit)
kind-bamf = Federal Göç ve Mülteciler Dairesi (BAMF)
kind-beratungsstelle = Danışma merkezi
kind-sprachschule = Dil okulu
kind-other = Diğer

desk-title = Masa
desk-card-title = Kurumunuzun kartı
desk-card-intro = İnsanlar belgelerini yalnızca kurumunuzla paylaşmak için bu kodu Mappe ile tarar.
desk-fingerprint = Anahtar
desk-poster = Danışma için afiş (A4)
desk-export = Kurum anahtarını dışa aktar
desk-export-intro = Aynı kurumun ikinci bir bilgisayarı için. Dosya parola ifadesiyle kilitli kalır.
desk-export-done = Dışa aktarma dosyası kaydedildi. Diğer bilgisayarda içe aktarın ve aynı parola ifadesiyle açın.
desk-open-title = Paylaşım aç
desk-open-intro = Kişinin gösterdiği kodu tarayın ya da bağlantıyı yapıştırın.
open-scan = Kamerayla tara
open-link = Bağlantı
open-link-go = Aç
open-picture = Bir resimden
open-opening = Açılıyor ve kontrol ediliyor …
scan-title = Kodu kameranın önünde tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine bağlantıyı yapıştırın veya bir resim seçin.
scan-no-code = Bu resimde kod bulunamadı.
open-other-relay = Bu paylaşım başka bir aktarıcıda ({ $host }). Onu o aktarıcının masasında açın.
not-a-link = Bu bir Mappe paylaşım bağlantısı değil.

poster-title = Belgelerinizi bizimle paylaşın
poster-text = Telefonunuzda Mappe'yi açın, "Paylaş"ı, ardından "Yalnızca bir kurum"u seçin ve bu kodu tarayın.
poster-check = Uygulamanın bu kurumu ve bu anahtarı gösterdiğini kontrol edin:

share-verified = Doğrulandı
share-verified-text = Bu anahtara sahip Mappe tarafından imzalandı ve paylaşıldığından beri değişmedi:
share-from-sitting = Bu oturumdan gösteriliyor, yeniden alınmadı.
share-fetch-again = Yeniden al (bir açma hakkı daha kullanır)
share-fetch-again-confirm = Yeniden almak, paylaşımın açma haklarından birini daha kullanır. Yeniden alınsın mı?
share-fetch-again-yes = Evet, yeniden al
share-shared-with = Paylaşıldığı yer
share-anyone = Kodu veya bağlantıyı olan herkes
share-office = { $name }
share-purpose = Amaç
share-valid-until = Geçerlilik sonu
share-opens = Açılma
share-opens-of = { $opens } / { $max }
share-opens-unlimited = { $opens } (sınırsız)
share-revision = Sürüm
share-live = Güncel tutulur: sonraki düzeltmeler bir sonraki açılışta gelir.
share-revised = Son düzeltme
share-changed-title = Son açışınızdan beri değişenler
share-changed-intro = { $revision }. sürümden beri:
share-changed-none = Son açışınızdan beri hiçbir şey değişmedi.
share-changed-added = (yeni)
share-changed-removed = (kaldırıldı)
share-fields = Paylaşılan belgeler
share-scans = Taramalar
share-scan-size = { $size }
share-scan-open = Aç
share-scan-download = İndir
share-consent-title = Kişiye gösterilen ve onun onayladığı metin
share-consent-lang = Dil: { $lang }
share-record = Dosya için tutanağı yazdır
share-close = Bu paylaşımı kapat
share-id = Paylaşım no.
share-created = Paylaşım tarihi

record-title = Doğrulanmış bir Mappe paylaşımının tutanağı
record-retrieved = Alınma zamanı: { $date }
record-by = Alan: { $name } (anahtar { $fingerprint })
record-from = Verilerin geldiği Mappe'nin anahtarı

section-profile = Kişisel bilgiler
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = Oturum belgeleri
section-other = Diğer bilgiler
empty = —

field-given_names = Adlar
field-family_name = Soyadı
field-aliases = Diğer yazılışlar
field-birth_date = Doğum tarihi
field-birth_place = Doğum yeri
field-nationality = Uyruk
field-languages = Diller
field-contact = İletişim
field-phone = Telefon
field-email = E-posta
field-address = Adres
field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs sağlayıcı
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye (CEFR)
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
field-language = Dil
field-level = Seviye

item-education = Okul veya öğrenim
item-work = İş
item-training = Eğitim veya kurs
item-other = Diğer
item-language = Dil sertifikası
item-qualification = Yeterlilik
item-recognition = Yabancı diplomanın denkliği
item-aufenthaltserlaubnis = Oturum izni (Aufenthaltserlaubnis)
item-niederlassungserlaubnis = Süresiz oturum izni (Niederlassungserlaubnis)
item-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
item-duldung = Hoşgörü statüsü (Duldung)
item-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
item-visa = Vize
item-eu_citizen = AB vatandaşı

lang-de = Almanca
lang-en = İngilizce
lang-ar = Arapça
lang-uk = Ukraynaca
lang-fa = Farsça
lang-tr = Türkçe

error-wrong_passphrase = Parola ifadesi doğru değil. Lütfen tekrar deneyin.
error-integrity = Kontrol başarısız: veriler değiştirilmiş ya da bozulmuş veya imza uyuşmuyor. Hiçbir şey gösterilmiyor.
error-format = Bu bir Mappe dosyası veya paylaşımı değil ya da Mappe'nin daha yeni bir sürümünden.
error-bad_input = Bu kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Aktarıcıda böyle bir paylaşım yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarıcıya ulaşılamıyor. Ağ bağlantısını kontrol edin.
error-relay = Aktarıcı bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarıcıda veri eksik. Hiçbir şey gösterilmiyor.
error-revoked = Kişi bu paylaşımı geri aldı. Artık açılamaz.
error-expired = Bu paylaşımın süresi doldu. Kişiden yeni bir paylaşım isteyin.
error-used_up = Bu paylaşım izin verilen sayıda açıldı. Kişiden yeni bir paylaşım isteyin.
error-not_for_this_office = Bu paylaşım başka bir kuruma yönelik. Burada açılamaz.
error-older_revision = Uyarı: aktarıcı bu paylaşımın, bu kurumun daha önce gördüğünden daha eski bir sürümünü verdi. Hiçbir şey gösterilmiyor. Kişiye ve BT biriminize bildirin.
error-recovery_code = Kurtarma kodu yanlış yazılmış.
error-internal = Mappe'nin içinde bir hata oluştu. Lütfen BT biriminize bildirin.
error-storage = Tarayıcı verileri kaydedemedi.
error-detail = Ayrıntı: { $detail }
`;var I=class{constructor(t){this.value=t}valueOf(){return this.value}},y=class extends I{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},S=class extends I{constructor(t,r={}){super(t),this.opts=r}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return this.value.toString(10)}},z=class e extends I{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof I)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let r=globalThis.Temporal;if(t instanceof r.Instant||t instanceof r.PlainDateTime||t instanceof r.PlainDate||t instanceof r.PlainMonthDay||t instanceof r.PlainTime||t instanceof r.PlainYearMonth)return!0}return!1}constructor(t,r={}){t instanceof e?(r={...t.opts,...r},t=t.value):t instanceof I&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&r.calendar===void 0&&(r={...r,calendar:t.calendarId}),super(t),this.opts=r}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var He=100,rr="⁨",nr="⁩";function ar(e,t,r){if(r===t||r instanceof S&&t instanceof S&&r.value===t.value)return!0;if(t instanceof S&&typeof r=="string"){let n=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(r===n)return!0}return!1}function Qe(e,t,r){return t[r]?G(e,t[r].value):(e.reportError(new RangeError("No default")),new y)}function me(e,t){let r=[],n=Object.create(null);for(let a of t)a.type==="narg"?n[a.name]=Z(e,a.value):r.push(Z(e,a));return{positional:r,named:n}}function Z(e,t){switch(t.type){case"str":return t.value;case"num":return new S(t.value,{minimumFractionDigits:t.precision});case"var":return ir(e,t);case"mesg":return sr(e,t);case"term":return or(e,t);case"func":return lr(e,t);case"select":return cr(e,t);default:return new y}}function ir(e,{name:t}){let r;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))r=e.params[t];else return new y(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))r=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new y(`$${t}`);if(r instanceof I)return r;switch(typeof r){case"string":return r;case"number":return new S(r);case"object":if(z.supportsValue(r))return new z(r);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof r}`)),new y(`$${t}`)}}function sr(e,{name:t,attr:r}){let n=e.bundle._messages.get(t);if(!n)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new y(t);if(r){let a=n.attributes[r];return a?G(e,a):(e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new y(`${t}.${r}`))}return n.value?G(e,n.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new y(t))}function or(e,{name:t,attr:r,args:n}){let a=`-${t}`,s=e.bundle._terms.get(a);if(!s)return e.reportError(new ReferenceError(`Unknown term: ${a}`)),new y(a);if(r){let c=s.attributes[r];if(c){e.params=me(e,n).named;let u=G(e,c);return e.params=null,u}return e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new y(`${a}.${r}`)}e.params=me(e,n).named;let l=G(e,s.value);return e.params=null,l}function lr(e,{name:t,args:r}){let n=e.bundle._functions[t];if(!n)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new y(`${t}()`);if(typeof n!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new y(`${t}()`);try{let a=me(e,r);return n(a.positional,a.named)}catch(a){return e.reportError(a),new y(`${t}()`)}}function cr(e,{selector:t,variants:r,star:n}){let a=Z(e,t);if(a instanceof y)return Qe(e,r,n);for(let s of r){let l=Z(e,s.key);if(ar(e,a,l))return G(e,s.value)}return Qe(e,r,n)}function ge(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new y;e.dirty.add(t);let r=[],n=e.bundle._useIsolating&&t.length>1;for(let a of t){if(typeof a=="string"){r.push(e.bundle._transform(a));continue}if(e.placeables++,e.placeables>He)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${He}`);n&&r.push(rr),r.push(Z(e,a).toString(e)),n&&r.push(nr)}return e.dirty.delete(t),r.join("")}function G(e,t){return typeof t=="string"?e.bundle._transform(t):ge(e,t)}var se=class{constructor(t,r,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=r,this.args=n}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,r){let n=this.bundle._intls.get(t);n||(n={},this.bundle._intls.set(t,n));let a=JSON.stringify(r);return n[a]||(n[a]=new t(this.bundle.locales,r)),n[a]}};function ye(e,t){let r=Object.create(null);for(let[n,a]of Object.entries(e))t.includes(n)&&(r[n]=a.valueOf());return r}var Xe=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function et(e,t){let r=e[0];if(r instanceof y)return new y(`NUMBER(${r.valueOf()})`);if(r instanceof S)return new S(r.valueOf(),{...r.opts,...ye(t,Xe)});if(r instanceof z)return new S(r.toNumber(),{...ye(t,Xe)});throw new TypeError("Invalid argument to NUMBER")}var dr=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function tt(e,t){let r=e[0];if(r instanceof y)return new y(`DATETIME(${r.valueOf()})`);if(r instanceof z||r instanceof S)return new z(r,ye(t,dr));throw new TypeError("Invalid argument to DATETIME")}var rt=new Map;function nt(e){let t=Array.isArray(e)?e.join(" "):e,r=rt.get(t);return r===void 0&&(r=new Map,rt.set(t,r)),r}var H=class{constructor(t,{functions:r,useIsolating:n=!0,transform:a=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:et,DATETIME:tt,...r},this._useIsolating=n,this._transform=a,this._intls=nt(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:r=!1}={}){let n=[];for(let a=0;a<t.body.length;a++){let s=t.body[a];if(s.id.startsWith("-")){if(r===!1&&this._terms.has(s.id)){n.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(r===!1&&this._messages.has(s.id)){n.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return n}formatPattern(t,r=null,n=null){if(typeof t=="string")return this._transform(t);let a=new se(this,n,r);try{return ge(a,t).toString(a)}catch(s){if(a.errors&&s instanceof Error)return a.errors.push(s),new y().toString(a);throw s}}};var ke=/^(-?[a-zA-Z][\w-]*) *= */gm,at=/\.([a-zA-Z][\w-]*) *= */y,fr=/\*?\[/y,be=/(-?[0-9]+(?:\.([0-9]+))?)/y,ur=/([a-zA-Z][\w-]*)/y,it=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,hr=/^[A-Z][A-Z0-9_-]*$/,oe=/([^{}\n\r]+)/y,pr=/([^\\"\n\r]*)/y,st=/\\([\\"])/y,ot=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,mr=/^\n+/,lt=/ +$/,gr=/ *\r?\n/g,yr=/( *)$/,kr=/{\s*/y,ct=/\s*}/y,br=/\[\s*/y,wr=/\s*] */y,vr=/\s*\(\s*/y,Sr=/\s*->\s*/y,xr=/\s*:\s*/y,Er=/\s*,?\s*/y,_r=/\s+/y,Q=class{constructor(t){this.body=[],ke.lastIndex=0;let r=0;for(;;){let o=ke.exec(t);if(o===null)break;r=ke.lastIndex;try{this.body.push(u(o[1]))}catch(f){if(f instanceof SyntaxError)continue;throw f}}function n(o){return o.lastIndex=r,o.test(t)}function a(o,f){if(t[r]===o)return r++,!0;if(f)throw new f(`Expected ${o}`);return!1}function s(o,f){if(n(o))return r=o.lastIndex,!0;if(f)throw new f(`Expected ${o.toString()}`);return!1}function l(o){o.lastIndex=r;let f=o.exec(t);if(f===null)throw new SyntaxError(`Expected ${o.toString()}`);return r=o.lastIndex,f}function c(o){return l(o)[1]}function u(o){let f=m(),b=p();if(f===null&&Object.keys(b).length===0)throw new SyntaxError("Expected message value or attributes");return{id:o,value:f,attributes:b}}function p(){let o=Object.create(null);for(;n(at);){let f=c(at),b=m();if(b===null)throw new SyntaxError("Expected attribute value");o[f]=b}return o}function m(){let o;if(n(oe)&&(o=c(oe)),t[r]==="{"||t[r]==="}")return v(o?[o]:[],1/0);let f=Ke();return f?o?v([o,f],f.length):(f.value=pe(f.value,mr),v([f],f.length)):o?pe(o,lt):null}function v(o=[],f){for(;;){if(n(oe)){o.push(c(oe));continue}if(t[r]==="{"){o.push($());continue}if(t[r]==="}")throw new SyntaxError("Unbalanced closing brace");let T=Ke();if(T){o.push(T),f=Math.min(f,T.length);continue}break}let b=o.length-1,F=o[b];typeof F=="string"&&(o[b]=pe(F,lt));let Y=[];for(let T of o)T instanceof le&&(T=T.value.slice(0,T.value.length-f)),T&&Y.push(T);return Y}function $(){s(kr,SyntaxError);let o=C();if(s(ct))return o;if(s(Sr)){let f=V();return s(ct,SyntaxError),{type:"select",selector:o,...f}}throw new SyntaxError("Unclosed placeable")}function C(){if(t[r]==="{")return $();if(n(it)){let[,o,f,b=null]=l(it);if(o==="$")return{type:"var",name:f};if(s(vr)){let F=w();if(o==="-")return{type:"term",name:f,attr:b,args:F};if(hr.test(f))return{type:"func",name:f,args:F};throw new SyntaxError("Function names must be all upper-case")}return o==="-"?{type:"term",name:f,attr:b,args:[]}:{type:"mesg",name:f,attr:b}}return W()}function w(){let o=[];for(;;){switch(t[r]){case")":return r++,o;case void 0:throw new SyntaxError("Unclosed argument list")}o.push(K()),s(Er)}}function K(){let o=C();return o.type!=="mesg"?o:s(xr)?{type:"narg",name:o.name,value:W()}:o}function V(){let o=[],f=0,b;for(;n(fr);){a("*")&&(b=f);let F=ie(),Y=m();if(Y===null)throw new SyntaxError("Expected variant value");o[f++]={key:F,value:Y}}if(f===0)return null;if(b===void 0)throw new SyntaxError("Expected default variant");return{variants:o,star:b}}function ie(){s(br,SyntaxError);let o;return n(be)?o=Ue():o={type:"str",value:c(ur)},s(wr,SyntaxError),o}function W(){if(n(be))return Ue();if(t[r]==='"')return Jt();throw new SyntaxError("Invalid expression")}function Ue(){let[,o,f=""]=l(be),b=f.length;return{type:"num",value:parseFloat(o),precision:b}}function Jt(){a('"',SyntaxError);let o="";for(;;){if(o+=c(pr),t[r]==="\\"){o+=Yt();continue}if(a('"'))return{type:"str",value:o};throw new SyntaxError("Unclosed string literal")}}function Yt(){if(n(st))return c(st);if(n(ot)){let[,o,f]=l(ot),b=parseInt(o||f,16);return b<=55295||57344<=b?String.fromCodePoint(b):"�"}throw new SyntaxError("Unknown escape sequence")}function Ke(){let o=r;switch(s(_r),t[r]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return Ve(t.slice(o,r))}return t[r-1]===" "?Ve(t.slice(o,r)):!1}function pe(o,f){return o.replace(f,"")}function Ve(o){let f=o.replace(gr,`
`),b=yr.exec(o)[1].length;return new le(f,b)}}},le=class{constructor(t,r){this.value=t,this.length=r}};var P=["de","en","ar","uk","fa","tr"];function we(e,t){if(P.includes(e))return e;for(let r of t||[]){let n=String(r).toLowerCase().split("-")[0];if(P.includes(n))return n}return"de"}var dt={},Ar=new Set(["ar","fa"]),ve=new Map,X="de";function ft(e){dt=e,ve.clear()}function $r(e){let t=ve.get(e);return t||(t=new H(e),t.addResource(new Q(dt[e])),ve.set(e,t)),t}function Se(e){X=P.includes(e)?e:"de",document.documentElement.lang=X,document.documentElement.dir=ee(X)?"rtl":"ltr"}var M=()=>X,ee=e=>Ar.has(e);function d(e,t,r=X){let n=$r(r),a=n.getMessage(e);if(!a||!a.value)return e;let s=[];return n.formatPattern(a.value,t,s)}var ut=e=>d("language-self",void 0,e);var ht,te=null;function pt(e){te=e}function D(){return ht??=(te?import(`${te}wallet_wasm.js`):import("./pkg/wallet_wasm.js")).then(async e=>(await e.default({module_or_path:new URL(te?`${te}wallet_wasm_bg.wasm`:"./pkg/wallet_wasm_bg.wasm",import.meta.url)}),e)),ht}async function mt({method:e,url:t,headers:r,body:n}){let a=await fetch(t,{method:e,headers:r||[],body:n??void 0,cache:"no-store",credentials:"omit"});return{status:a.status,body:new Uint8Array(await a.arrayBuffer())}}var gt=()=>Math.floor(Date.now()/1e3);ft({de:We,en:Ge,ar:qe,uk:Je,fa:Ye,tr:Ze});pt("../app/pkg/");function i(e,t={},...r){let n=document.createElement(e);for(let[a,s]of Object.entries(t||{}))if(!(s===!1||s===null||s===void 0))if(a==="text")n.textContent=s;else if(a==="on")for(let[l,c]of Object.entries(s))n.addEventListener(l,c);else a==="class"?n.className=s:a==="value"?n.value=s:a==="checked"?n.checked=!!s:n.setAttribute(a,s===!0?"":String(s));for(let a of r.flat())a==null||a===!1||n.append(typeof a=="string"?document.createTextNode(a):a);return n}var h=(e,t,r,n={})=>i(e,{...n,text:d(t,r),"data-t":t}),k=(e,t,r={})=>i("button",{type:"button",...r,class:`btn ${r.class||""}`.trim(),text:d(e),"data-t":e,on:{click:t}});function q(e,t,r){let n=`f-${e}-${Math.random().toString(36).slice(2,8)}`;t.id=n;let a=i("div",{class:"field"},i("label",{for:n,text:d(e),"data-t":e}),t);return r&&a.append(i("p",{class:"hint",text:d(r)})),{row:a,input:t}}function x(e,...t){e.replaceChildren(...t.flat().filter(Boolean)),window.scrollTo(0,0)}function re(e){let t=e&&e.appCode?e.appCode:e&&e.name==="MappeError"&&e.code?e.code:"internal",r=e&&e.appCode?e.appCode:`error-${t}`,n=i("div",{class:"notice error",role:"alert","data-error":t},i("p",{text:d(r,e&&e.args)}));return t==="bad_input"&&e.message&&n.append(i("p",{class:"detail",dir:"auto",text:d("error-detail",{detail:e.message})})),t==="internal"&&e&&console.warn("mappe internal error",e),n}var J=(e,t,r="info")=>i("div",{class:`notice ${r}`,role:"status","data-notice":e},i("p",{text:d(e,t)}));function ne(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"medium",timeStyle:"short"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString()}}async function O(e,t,r){e.disabled=!0,t.replaceChildren();try{return await r()}catch(n){t.replaceChildren(re(n));return}finally{e.disabled=!1}}function E(e,t){let r=new Error(t||e);return r.appCode=e,r}var _e=(e,t)=>t.some(r=>e instanceof r),yt,kt;function Mr(){return yt||(yt=[IDBIndex,IDBObjectStore,IDBCursor,IDBDatabase,IDBTransaction])}function Dr(){return kt||(kt=["advance","continue","continuePrimaryKey"].map(e=>IDBCursor.prototype[e]))}var Ae=new WeakMap,xe=new WeakMap,ce=new WeakMap;function Tr(e){let t=new Promise((r,n)=>{let a=()=>{e.removeEventListener("success",s),e.removeEventListener("error",l)},s=()=>{r(j(e.result)),a()},l=()=>{n(e.error),a()};e.addEventListener("success",s),e.addEventListener("error",l)});return ce.set(t,e),t}function Ir(e){if(Ae.has(e))return;let t=new Promise((r,n)=>{let a=()=>{e.removeEventListener("complete",s),e.removeEventListener("error",l),e.removeEventListener("abort",l)},s=()=>{r(),a()},l=()=>{n(e.error||new DOMException("AbortError","AbortError")),a()};e.addEventListener("complete",s),e.addEventListener("error",l),e.addEventListener("abort",l)});Ae.set(e,t)}var $e={get(e,t,r){if(e instanceof IDBTransaction){if(t==="done")return Ae.get(e);if(t==="store")return r.objectStoreNames[1]?void 0:r.objectStore(r.objectStoreNames[0])}return j(e[t])},set(e,t,r){return e[t]=r,!0},has(e,t){return e instanceof IDBTransaction&&(t==="done"||t==="store")?!0:t in e}};function St(e){$e=e($e)}function zr(e){return Dr().includes(e)?function(...t){return e.apply(Me(this),t),j(this.request)}:function(...t){return j(e.apply(Me(this),t))}}function Br(e){return typeof e=="function"?zr(e):(e instanceof IDBTransaction&&Ir(e),_e(e,Mr())?new Proxy(e,$e):e)}function j(e){if(e instanceof IDBRequest)return Tr(e);if(xe.has(e))return xe.get(e);let t=Br(e);return Object.is(t,e)||(xe.set(e,t),ce.set(t,e)),t}var Me=e=>ce.get(e);function xt(e,t,{blocked:r,upgrade:n,blocking:a,terminated:s}={}){let l=indexedDB.open(e,t),c=j(l);return n&&l.addEventListener("upgradeneeded",u=>{n(j(l.result),u.oldVersion,u.newVersion,j(l.transaction),u)}),r&&l.addEventListener("blocked",u=>r(u.oldVersion,u.newVersion,u)),c.then(u=>{s&&u.addEventListener("close",()=>s()),a&&u.addEventListener("versionchange",p=>a(p.oldVersion,p.newVersion,p))}).catch(()=>{}),c}var Or=["get","getKey","getAll","getAllKeys","count"],Rr=["put","add","delete","clear"],Ee={};function bt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t=="string"))return;if(Ee[t])return Ee[t];let r=t.replace(/FromIndex$/,""),n=t!==r,a=Rr.includes(r);if(!(r in(n?IDBIndex:IDBObjectStore).prototype)||!(a||Or.includes(r)))return;let s=async function(l,...c){let u=this.transaction(l,a?"readwrite":"readonly"),p=u.store;return n&&(p=p.index(c.shift())),(await Promise.all([p[r](...c),a&&u.done]))[0]};return Ee[t]=s}St(e=>({...e,get:(t,r,n)=>bt(t,r)||e.get(t,r,n),has:(t,r)=>!!bt(t,r)||e.has(t,r)}));var Pr=["advance","continue","continuePrimaryKey"],wt={},De=new WeakMap,Et=new WeakMap,Lr={get(e,t){if(!Pr.includes(t))return e[t];let r=wt[t];return r||(r=wt[t]=function(...n){De.set(this,Et.get(this)[t](...n))}),r}};async function*Nr(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let r=new Proxy(t,Lr);for(Et.set(r,t),ce.set(r,Me(t));t;)yield r,t=await(De.get(r)||t.continue()),De.delete(r)}function vt(e,t){return t===Symbol.asyncIterator&&_e(e,[IDBIndex,IDBObjectStore,IDBCursor])||t==="iterate"&&_e(e,[IDBIndex,IDBObjectStore])}St(e=>({...e,get(t,r,n){return vt(t,r)?Nr:e.get(t,r,n)},has(t,r){return vt(t,r)||e.has(t,r)}}));var Cr="mappe-office",Fr=["office","seen","sitting","settings"],Te="current",_t;function B(){return _t??=xt(Cr,1,{upgrade(e){for(let t of Fr)e.objectStoreNames.contains(t)||e.createObjectStore(t)}}),_t}var Ie=e=>e instanceof Uint8Array?e:e&&new Uint8Array(e);async function de(){let e=await(await B()).get("office",Te);return e?{...e,keystore:Ie(e.keystore)}:void 0}async function ze(e){let r=(await B()).transaction(["office","seen","sitting"],"readwrite");await Promise.all([r.objectStore("seen").clear(),r.objectStore("sitting").clear(),r.objectStore("office").put(e,Te),r.done])}async function At(){let t=(await B()).transaction(["office","seen","sitting"],"readwrite");await Promise.all([t.objectStore("seen").clear(),t.objectStore("sitting").clear(),t.objectStore("office").delete(Te),t.done])}async function $t(e){return Ie(await(await B()).get("seen",e))??null}async function Mt(e,t){await(await B()).put("seen",t,e)}var Dt=(e,t)=>`${e}/${t}`;async function Tt(e,t){return Ie(await(await B()).get("sitting",Dt(e,t)))??null}async function It(e,t,r){await(await B()).put("sitting",r,Dt(e,t))}async function Be(e=null){let r=(await B()).transaction("sitting","readwrite"),n=r.objectStore("sitting");for(let a of await n.getAllKeys())(!e||!String(a).startsWith(`${e}/`))&&await n.delete(a);await r.done}async function zt(e){return(await B()).get("settings",e)}async function Bt(e,t){await(await B()).put("settings",t,e)}var Oe="mappe-office-sitting",jr=900*1e3,g={office:null,info:null,sitting:null,onLock:()=>{},timer:0},Ur={fetch:mt};async function Re(e,t){g.office=e,g.info=t;let r=sessionStorage.getItem(Oe);r||(r=Array.from(crypto.getRandomValues(new Uint8Array(16)),n=>n.toString(16).padStart(2,"0")).join(""),sessionStorage.setItem(Oe,r)),g.sitting=r,await Be(r).catch(n=>console.warn("sitting cache",n)),Ot()}async function Pe(e){clearTimeout(g.timer);try{g.office?.free()}catch{}g.office=null,g.info=null,g.sitting=null,sessionStorage.removeItem(Oe),await Be(null).catch(t=>console.warn("sitting cache",t)),g.onLock(e)}function Ot(){clearTimeout(g.timer),g.office&&(g.timer=setTimeout(()=>Pe("idle"),jr))}for(let e of["pointerdown","keydown","input"])addEventListener(e,Ot,{passive:!0,capture:!0});function Le(e){let t;try{t=new URL(String(e).trim())}catch{throw E("not-a-link")}let r=/^\/s\/([A-Za-z0-9_-]{22})$/.exec(t.pathname);if(!r||!/^https?:$/.test(t.protocol))throw E("not-a-link");return r[1]}function Kr(e,t){let r=new TextEncoder().encode(JSON.stringify({view:e,scans:t.map(({bytes:l,...c})=>({...c,length:l.length}))})),n=4+r.length+t.reduce((l,c)=>l+c.bytes.length,0),a=new Uint8Array(n);new DataView(a.buffer).setUint32(0,r.length),a.set(r,4);let s=4+r.length;for(let l of t)a.set(l.bytes,s),s+=l.bytes.length;return a}function Vr(e){let t=new DataView(e.buffer,e.byteOffset,e.byteLength).getUint32(0),{view:r,scans:n}=JSON.parse(new TextDecoder().decode(e.subarray(4,4+t))),a=4+t;return{view:r,scans:n.map(({length:s,...l})=>{let c=e.slice(a,a+s);return a+=s,{...l,bytes:c}})}}async function Rt(e,{again:t=!1}={}){let r=g.office;if(!r)throw E("error-internal");let n=Le(e),a=g.sitting;if(!t){let u=await Tt(a,n);if(u)try{return{...Vr(r.unseal("sitting",u)),fromSitting:!0}}catch(p){console.warn("sitting cache entry unreadable, fetching again",p&&p.code)}}let s=await D(),l=await $t(n),c=await Wr(s,r,e,l);if(g.office!==r)throw E("error-internal");return await Mt(n,c.seen),await It(a,n,r.seal("sitting",Kr(c.view,c.scans))),{view:c.view,scans:c.scans,fromSitting:!1}}function Wr(e,t,r,n){return t.openOp(Ur,String(r).trim(),n,gt())}var Gr=8,Ne=e=>i("input",{type:"password",autocomplete:e,required:!0,class:"wide"}),Pt=(...e)=>i("form",{class:"card",on:{submit:t=>t.preventDefault()}},...e);async function Lt(e,t,r={}){let n=await de();n?qr(e,t,n,r):Yr(e,t)}function qr(e,t,r,n){let a=q("passphrase",Ne("current-password")),s=i("div",{class:"out"}),l=k("unlock",()=>c(),{class:"primary","data-action":"unlock"}),c=()=>O(l,s,async()=>{let v=(await D()).unlockOffice(r.keystore,r.card,a.input.value);a.input.value="",await Re(v,Nt(v)),await t.home()});a.input.addEventListener("keydown",m=>m.key==="Enter"&&c());let u=i("div",{class:"other-key"}),p=k("start-other-key",()=>u.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("p","start-other-key-warning"),i("div",{class:"actions"},k("start-other-key-yes",async()=>{await At(),t.go("start")},{class:"danger","data-action":"forget-office"}),k("cancel",()=>u.replaceChildren(p),{class:"link"})))),{class:"link"});u.append(p),x(e,h("h1","start-unlock-title"),n.notice?J(n.notice,void 0,"ok"):null,n.reason==="idle"?J("locked-idle"):null,Pt(i("p",{class:"unlock-office",dir:"auto",text:d("unlock-office",{name:r.name})}),i("p",{class:"fingerprint",text:r.fingerprint}),a.row,l),s,u),t.ready(),a.input.focus()}var Nt=e=>({name:e.name(),kind:e.kind(),fingerprint:e.fingerprint(),card:e.card()});function Jr(e,t){if(e!==t)throw E("passphrase-mismatch");if([...e].length<Gr)throw E("passphrase-short")}async function Yr(e,t){let r=await D(),n=q("office-name",i("input",{type:"text",dir:"auto",class:"wide",maxlength:120,autocomplete:"organization","data-input":"office-name"}),"office-name-hint"),a=m=>{let v=d(`kind-${m}`);return v===`kind-${m}`?m:v},s=q("office-kind",i("select",{class:"wide","data-input":"office-kind"},r.agencyKinds().map(m=>i("option",{value:m,text:a(m)})))),l=q("passphrase",Ne("new-password"),"passphrase-hint"),c=q("passphrase-again",Ne("new-password")),u=i("div",{class:"out"}),p=k("create",()=>O(p,u,async()=>{if(!n.input.value.trim())throw E("name-missing");Jr(l.input.value,c.input.value);let m=r.createOffice(n.input.value.trim(),s.input.value,l.input.value),v=Nt(m.office);await ze({keystore:m.keystore,card:m.card,name:v.name,kind:v.kind,fingerprint:v.fingerprint}),l.input.value=c.input.value="",await Re(m.office,v),Hr(e,t,m.recoveryCode)}),{class:"primary","data-action":"create"});x(e,h("p","start-intro",void 0,{class:"tagline"}),i("div",{class:"columns"},i("section",{},h("h1","start-create-title"),h("p","start-create-intro"),Pt(n.row,s.row,l.row,c.row,p),u),Zr(t))),t.ready()}function Zr(e){let t=i("div",{class:"out"}),r=i("input",{type:"file",multiple:!0,class:"visually-hidden","data-file":"import"}),n=k("import-files",()=>r.click(),{"data-action":"import"});return r.addEventListener("change",()=>O(n,t,async()=>{let a=[...r.files||[]];if(!a.length)return;let s=await D(),l=await Promise.all(a.map(async u=>({name:u.name,bytes:new Uint8Array(await u.arrayBuffer())}))),c=s.readOfficeFiles(l);await ze({keystore:c.keystore,card:c.card,name:c.name,kind:c.kind,fingerprint:c.fingerprint}),r.value="",e.go("start",{notice:"import-done"})})),i("section",{class:"import"},h("h2","start-import-title"),h("p","start-import-intro"),i("div",{class:"card"},n,r),t)}function Hr(e,t,r){let n=r.split(/[-\s]+/).filter(Boolean);x(e,i("section",{class:"recovery print-area"},h("h1","recovery-title"),h("p","recovery-intro"),i("ol",{class:"recovery-code","data-recovery-code":"",dir:"ltr",translate:"no"},n.map(a=>i("li",{},i("span",{class:"code-group",text:a})))),h("p","recovery-once",void 0,{class:"warning"})),i("div",{class:"actions no-print"},k("print",()=>window.print()),k("recovery-written",()=>t.home(),{class:"primary","data-action":"written"}))),t.ready(),e.dataset.screen="recovery"}async function Ce(e,t,r="qr"){let n=await D(),a=URL.createObjectURL(new Blob([n.qrSvg(e)],{type:"image/svg+xml"}));return i("img",{src:a,class:r,alt:t})}async function Qr(e){let{readVideoQr:t}=await import("../app/scan.js"),r;try{r=await navigator.mediaDevices.getUserMedia({video:!0,audio:!1})}catch{throw E("scan-no-camera")}let n=[...e.childNodes],a=!1,s=i("video",{class:"camera",playsinline:!0,muted:!0});s.srcObject=r,e.replaceChildren(h("p","scan-title"),s,k("cancel",()=>a=!0));try{return await s.play(),await t(s,()=>a)}finally{for(let l of r.getTracks())l.stop();e.replaceChildren(...n)}}function Xr(e){Le(e);let t=new URL(e.trim());if(t.origin!==location.origin){let r=E("open-other-relay");throw r.args={host:t.host},r}return e.trim()}async function Ct(e,t){let r=g.info,n=i("div",{class:"out"}),a=w=>{w&&t.go("share",{link:Xr(w)})},s=i("div",{class:"open-controls"}),l=k("open-scan",()=>O(l,n,async()=>{let w=await Qr(s);w&&performance.mark("office:submit"),a(w)}),{class:"primary","data-action":"scan"}),c=i("input",{type:"url",dir:"ltr",class:"wide",inputmode:"url",autocomplete:"off",spellcheck:"false","data-input":"link"}),u="office-link";c.id=u;let p=k("open-link-go",()=>O(p,n,async()=>{performance.mark("office:submit"),a(c.value)}),{"data-action":"open-link"});c.addEventListener("keydown",w=>w.key==="Enter"&&p.click());let m=i("input",{type:"file",accept:"image/*",class:"visually-hidden","data-file":"picture"}),v=k("open-picture",()=>m.click(),{"data-action":"picture"});m.addEventListener("change",()=>O(v,n,async()=>{let w=m.files&&m.files[0];if(!w)return;let{readImageQr:K}=await import("../app/scan.js"),V=await K(w);if(m.value="",!V)throw E("scan-no-code");performance.mark("office:submit"),a(V)})),s.append(l,i("form",{class:"link-row",on:{submit:w=>w.preventDefault()}},i("label",{for:u,text:d("open-link")}),i("div",{class:"inline"},c,p)),v,m);let $=i("div",{class:"out"}),C=k("desk-export",()=>O(C,$,async()=>{let w=await D(),K=await de(),V=w.exportOffice(K.keystore,K.card),ie=URL.createObjectURL(new Blob([V],{type:"application/octet-stream"})),W=i("a",{href:ie,download:"office.mappe-office",class:"visually-hidden"});document.body.append(W),W.click(),W.remove(),setTimeout(()=>URL.revokeObjectURL(ie),6e4),$.replaceChildren(J("desk-export-done",void 0,"ok"))}),{"data-action":"export"});x(e,i("div",{class:"desk"},i("section",{class:"card open-share"},h("h1","desk-open-title"),h("p","desk-open-intro"),s,n),i("section",{class:"card office-card","data-card":r.card},h("h2","desk-card-title"),i("p",{class:"card-name",dir:"auto",text:r.name}),await Ce(r.card,d("desk-card-title"),"qr card-qr"),i("p",{class:"card-fp","data-fingerprint":""},`${d("desk-fingerprint")}: `,i("span",{class:"fp-value",dir:"ltr",translate:"no",text:r.fingerprint})),h("p","desk-card-intro",void 0,{class:"hint"}),k("desk-poster",()=>t.go("poster"),{"data-action":"poster"})),i("section",{class:"card export"},h("h2","desk-export"),h("p","desk-export-intro",void 0,{class:"hint"}),C,$))),t.ready()}var en=["given_names","family_name","aliases","birth_date","birth_place","nationality","languages","contact"],tn=["title","kind","organisation","place","from","to","cefr_level","exam","issuer","issued_on","number","valid_until","authority","description"],Ft=["profile","cv","certificates","residence"],ue=(e,t)=>{let r=d(e);return r===e?t:r},L=e=>ue(`field-${e}`,String(e).replace(/_/g," ")),rn=e=>ue(`item-${e}`,e==null?null:String(e));function A(e){if(e==null)return null;if(typeof e=="string")return e===""?null:e;if(typeof e=="number"||typeof e=="boolean")return String(e);if(Array.isArray(e)){let t=e.map(r=>{if(r&&typeof r=="object"&&!Array.isArray(r)&&"language"in r){let n=A(r.level);return n?`${A(r.language)??""} (${n})`:A(r.language)}return A(r)}).filter(Boolean);return t.length?t.join(", "):null}if(typeof e=="object"){let t=Object.entries(e).map(([r,n])=>{let a=A(n);return a?`${L(r)}: ${a}`:null}).filter(Boolean);return t.length?t.join("; "):null}return null}var jt=(e,t)=>{let r=Object.keys(e);return[...t.filter(n=>r.includes(n)),...r.filter(n=>!t.includes(n)).sort()]},_=(e,t,r={})=>i("div",{class:"row"},i("dt",{text:e}),i("dd",{dir:"auto",...r,class:t==null?"unset":r.class,text:t??d("empty")}));function nn(e){let t=new Intl.NumberFormat(M(),{maximumFractionDigits:1});return e>=1024*1024?`${t.format(e/(1024*1024))} MB`:e>=1024?`${t.format(Math.round(e/1024))} KB`:`${t.format(e)} B`}function an(e,t){return t.map(r=>{if(!r||typeof r!="object"||Array.isArray(r))return i("article",{class:"item"},i("p",{dir:"auto",text:A(r)??d("empty")}));let n=rn(r.kind),a=A(r.title)??n??d("empty"),s=i("dl",{class:"facts"});for(let l of jt(r,tn)){if(l==="id"||l==="title"||l==="attachment")continue;let c=l==="kind"?n:A(r[l]);c!=null&&s.append(_(L(l),c,{"data-field":l}))}return i("article",{class:"item","data-item":`${e}/${r.id??""}`},i("h3",{dir:"auto","data-field":"title",text:a}),s)})}function sn(e){let t=i("div",{class:"fields","data-fields":""}),r=e&&typeof e=="object"?e:{};if(r.profile&&typeof r.profile=="object"&&!Array.isArray(r.profile)){let a=i("dl",{class:"facts"});for(let s of jt(r.profile,en))a.append(_(L(s),A(r.profile[s]),{"data-field":s}));t.append(i("section",{class:"group","data-section":"profile"},h("h3","section-profile"),a))}for(let a of["cv","certificates","residence"])Array.isArray(r[a])&&r[a].length&&t.append(i("section",{class:"group","data-section":a},h("h3",`section-${a}`),an(a,r[a])));let n=Object.keys(r).filter(a=>!Ft.includes(a));if(n.length){let a=i("dl",{class:"facts"});for(let s of n.sort())a.append(_(L(s),A(r[s]),{"data-field":s}));t.append(i("section",{class:"group","data-section":"other"},h("h3","section-other"),a))}return t}function on(e){let t=String(e).split(" ");return Ft.includes(t[0])&&t[0]!=="profile"&&t.length>=3?`${ue(`section-${t[0]}`,t[0])} ${t[1]}: ${L(t.slice(2).join("_"))}`:t[0]==="contact"&&t.length===2?`${L("contact")}: ${L(t[1])}`:L(t.join("_"))}function ln(e){if(!e)return null;let t=Array.isArray(e.fields)?e.fields:[],r=i("section",{class:"card changes","data-changes":""},h("h2","share-changed-title"));if(!t.length)return r.append(h("p","share-changed-none")),r;r.append(i("p",{text:d("share-changed-intro",{revision:e.since_revision})}));let n=i("dl",{class:"facts"});for(let a of t){let s=A(a.from),l=A(a.to);n.append(i("div",{class:"row","data-changed":a.field},i("dt",{text:on(a.field)}),i("dd",{},i("del",{dir:"auto",text:s??d("share-changed-added")}),i("span",{class:"arrow","aria-hidden":"true",text:" → "}),i("ins",{dir:"auto",text:l??d("share-changed-removed")}))))}return r.append(n),r}var cn={"application/pdf":e=>e.length>=5&&String.fromCharCode(...e.subarray(0,5))==="%PDF-","image/jpeg":e=>e.length>=3&&e[0]===255&&e[1]===216&&e[2]===255,"image/png":e=>e.length>=8&&e[0]===137&&e[1]===80&&e[2]===78&&e[3]===71},dn=e=>String(e).split(/[/\\]/).pop().replace(/[\u0000-\u001f\u007f]/g,"").replace(/^\.+/,"")||"scan";function fn(e,t){if(!e.length)return null;let r=i("ul",{class:"scans"});for(let n of e){let a=cn[n.mediaType],s=a&&a(n.bytes)?n.mediaType:"application/octet-stream",l=URL.createObjectURL(new Blob([n.bytes],{type:s}));t.push(l);let c=i("li",{class:"scan-item","data-scan":n.name,"data-sha256":n.sha256,"data-size":n.size},i("p",{class:"scan-name"},i("strong",{dir:"auto",text:n.name})," ",i("span",{class:"hint",text:d("share-scan-size",{size:nn(n.size)})})));s.startsWith("image/")&&c.append(i("img",{src:l,class:"scan-img",alt:n.name})),c.append(i("div",{class:"actions no-print"},s==="application/pdf"?i("a",{href:l,target:"_blank",rel:"noopener",class:"btn",text:d("share-scan-open"),"data-action":"open-scan"}):null,i("a",{href:l,download:dn(n.name),class:"btn",text:d("share-scan-download"),"data-action":"download-scan"}))),r.append(c)}return i("section",{class:"card","data-section":"scans"},h("h2","share-scans"),r)}var Fe=[];function un(e,t,r,n){for(let w of Fe)URL.revokeObjectURL(w);Fe=[];let a=n.view,s=g.info,l=i("div",{class:"out"}),c=i("dl",{class:"facts summary"});c.append(_(d("share-shared-with"),a.audience?d("share-office",{name:a.audience.name}):d("share-anyone"),{"data-meta":"audience"})),a.purpose&&c.append(_(d("share-purpose"),a.purpose,{"data-meta":"purpose"})),c.append(_(d("share-valid-until"),ne(a.expires_at,M()),{"data-meta":"expires"}));let u=Number.isSafeInteger(a.opens)?a.opens:0;c.append(_(d("share-opens"),a.max_opens==null?d("share-opens-unlimited",{opens:u}):d("share-opens-of",{opens:u,max:a.max_opens}),{"data-meta":"opens","data-opens":u})),c.append(_(d("share-revision"),String(a.revision),{dir:"ltr","data-meta":"revision"})),a.revised_at&&c.append(_(d("share-revised"),ne(a.revised_at,M()),{"data-meta":"revised"}));let p=i("div",{class:"again no-print"}),m=k("share-fetch-again",()=>{p.querySelector(".confirm")||p.append(i("div",{class:"confirm",role:"alertdialog"},h("p","share-fetch-again-confirm"),i("div",{class:"actions"},k("share-fetch-again-yes",()=>{performance.mark("office:submit"),t.go("share",{link:r,again:!0})},{class:"primary","data-action":"fetch-again-yes"}),k("cancel",w=>w.currentTarget.closest(".confirm").remove(),{class:"link"}))))},{"data-action":"fetch-again"});p.append(m);let v=n.fromSitting?i("div",{class:"notice info no-print","data-notice":"share-from-sitting"},h("p","share-from-sitting"),p):null,$=/^[a-z]{2,3}$/.test(a.consent?.lang)?a.consent.lang:"und",C=ne(a.retrieved_at,M());x(e,i("article",{class:"record","data-share-id":a.share_id,"data-revision":a.revision},i("header",{class:"record-head print-only"},h("h1","record-title")),v,i("section",{class:"card verdict","data-state":"verified"},i("h1",{},i("span",{class:"tick","aria-hidden":"true",text:"✓ "}),i("span",{text:d("share-verified")})),h("p","share-verified-text"),i("p",{class:"fp",dir:"ltr",translate:"no","data-holder":"",text:a.holder.fingerprint}),a.live?h("p","share-live",void 0,{class:"hint","data-live":""}):null,c),ln(a.changes),i("section",{class:"card"},h("h2","share-fields"),sn(a.content)),fn(n.scans||[],Fe),i("section",{class:"card consent-box"},h("h2","share-consent-title"),i("p",{class:"hint",text:d("share-consent-lang",{lang:ue(`lang-${$}`,$)})}),i("blockquote",{class:"consent",lang:$,dir:ee($)?"rtl":"ltr","data-consent":"",text:a.consent?.text??""})),i("footer",{class:"card record-foot","data-record":""},i("p",{"data-retrieved":String(a.retrieved_at),text:d("record-retrieved",{date:C})}),i("p",{dir:"auto",text:d("record-by",{name:a.office?.name??s.name,fingerprint:a.office?.fingerprint??s.fingerprint})}),i("dl",{class:"facts"},_(d("record-from"),a.holder.fingerprint,{dir:"ltr"}),_(d("share-id"),a.share_id,{dir:"ltr"}),_(d("share-created"),ne(a.created_at,M()))))),i("div",{class:"actions no-print"},k("share-record",()=>window.print(),{class:"primary","data-action":"print-record"}),k("share-close",()=>{t.setHashLink(null),t.go("desk")},{"data-action":"close-share"})),n.fromSitting?null:p,l),t.ready(),performance.mark("office:fields-shown")}async function Ut(e,t,r){let{link:n,again:a=!1}=r;x(e,i("p",{class:"loading","data-opening":"",text:d("open-opening")}));let s;try{s=await Rt(n,{again:a})}catch(l){t.setHashLink(null),x(e,i("div",{class:"failure"},re(l)),i("div",{class:"actions"},k("back",()=>t.go("desk"),{"data-action":"back"}))),t.ready(),e.dataset.screen="share-failed";return}t.setHashLink(n),un(e,t,n,s)}async function Kt(e,t){let r=g.info;x(e,i("section",{class:"poster","data-poster":""},h("h1","poster-title"),i("p",{class:"poster-name",dir:"auto",text:r.name}),await Ce(r.card,r.name,"qr poster-qr"),h("p","poster-text",void 0,{class:"poster-text"}),i("div",{class:"poster-langs"},...P.filter(n=>n!==M()).map(n=>i("p",{lang:n,dir:ee(n)?"rtl":"ltr",class:"poster-lang",text:d("poster-text",void 0,n)}))),h("p","poster-check",void 0,{class:"poster-check"}),i("p",{class:"poster-fp",dir:"ltr",translate:"no",text:r.fingerprint})),i("div",{class:"actions no-print"},k("print",()=>window.print(),{class:"primary","data-action":"print"}),k("back",()=>t.go("desk")))),t.ready()}var hn={desk:Ct,share:Ut,poster:Kt},R={screen:"start",params:{}},U=i("main",{id:"view","data-state":"loading"}),ae=i("select",{class:"lang","aria-label":"language","data-lang-switch":""}),he=i("button",{type:"button",class:"lock","data-action":"lock"}),Wt=i("span",{class:"office-name",dir:"auto","data-office-name":""}),Gt=i("header",{class:"bar no-print"},i("span",{class:"brand"}),Wt,ae,he);function qt(){let e=/^#open=(.+)$/.exec(location.hash);if(!e)return null;try{return decodeURIComponent(e[1])}catch{return null}}var N={go(e,t={}){return R={screen:e,params:t},je()},ready(){U.dataset.state="ready",U.dataset.screen=R.screen,performance.mark(`office:screen-${R.screen}`)},home(){let e=qt();return e?N.go("share",{link:e}):N.go("desk")},setHashLink(e){history.replaceState(null,"",e?`#open=${encodeURIComponent(e)}`:location.pathname)}};function Vt(){Gt.querySelector(".brand").textContent=d("app-name"),Wt.textContent=g.info?g.info.name:"",ae.setAttribute("aria-label",d("language")),ae.replaceChildren(...P.map(e=>i("option",{value:e,lang:e,text:ut(e),selected:e===M()}))),he.textContent=d("lock"),he.hidden=!g.office}async function je(){Vt(),U.dataset.state="loading";try{!g.office||R.screen==="start"?(R.screen!=="start"&&(R={screen:"start",params:{}}),await Lt(U,N,R.params)):await hn[R.screen](U,N,R.params)}catch(e){x(U,re(e)),N.ready()}Vt()}g.onLock=e=>{N.setHashLink(null),N.go("start",{reason:e})};he.addEventListener("click",()=>Pe("button"));ae.addEventListener("change",async()=>{Se(ae.value),await Bt("lang",M()).catch(()=>{}),je()});addEventListener("hashchange",()=>{let e=qt();e&&g.office&&N.go("share",{link:e})});async function pn(){document.body.append(Gt,U),D().catch(()=>{});let e=null;try{e=await zt("lang")}catch(t){console.warn("settings",t)}Se(we(e,navigator.languages)),await je()}pn();export{qt as linkInHash};
