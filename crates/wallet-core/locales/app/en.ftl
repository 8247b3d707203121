### Mappe app (the person's wallet at /app/): English (source language).
### Status: written by the developers; the reference for every other file.
### Every file in this folder has exactly these message ids with the same variables
### (checked by app/test/unit/). Keep sentences short and plain: one fact per line.

app-name = Mappe
app-tagline = Your papers, on your phone, encrypted.
language-self = English
language = Language
loading = Loading …
back = Back
cancel = Cancel
save = Save
edit = Edit
remove = Remove
yes-remove = Yes, remove
close = Close
next = Next
print = Print
lock = Lock
working = One moment …

## Start: create, unlock, recover.

start-create-title = Create a new wallet
start-create-intro = Choose a passphrase. You need it every time you open Mappe. Nobody can reset it for you.
passphrase = Passphrase
passphrase-again = Passphrase again
passphrase-mismatch = The two passphrases are not the same.
passphrase-short = Please use at least 8 characters.
create = Create wallet
start-unlock-title = Open your wallet
unlock = Open
start-forgot = Lost your passphrase or a new phone?
start-recover = Recover with the recovery code
start-new-instead = Create a new wallet instead

recovery-title = Your recovery code
recovery-intro = Write this code on paper or print it. Keep it safe, away from your phone.
recovery-once = It is shown only now. With it, anyone can open your wallet.
recovery-written = I have written it down
recovery-confirm-title = Check your recovery code
# $n: the number of the group (1 to 8 or so).
recovery-confirm-group = Group { $n }
recovery-confirm-wrong = That does not match. Look at your paper again.
recovery-confirm-ok = Confirm
recovery-show-again = Show the code again

recover-title = Recover your wallet
recover-intro = Type your recovery code and choose a new passphrase.
recover-code = Recovery code
recover-relay = Relay address (if your wallet was synced)
recover-relay-hint = Leave it as it is if you do not know. Then the wallet starts empty.
recover-go = Recover
recover-synced = Your wallet was brought back from the relay.
recover-empty = Your keys are back. The wallet is empty until you sync it.

locked-idle = Locked after 5 minutes without use.

## Home: the sections.

home-title = My papers
section-profile = About me
section-cv = CV
section-certificates = Certificates
section-residence = Residence papers
nav-home = Papers
nav-share = Share
nav-shares = My shares
nav-sync = Sync
nav-backup = Backup
empty-section = Nothing here yet.
add = Add
add-cv = Add CV entry
add-certificate = Add certificate
add-residence = Add residence paper
remove-confirm = Remove this entry? Its scan is removed too.
saved = Saved.
fingerprint = Your key: { $fingerprint }

## Needs your attention (start screen). The core decides what and how urgent; the mark before
## each word shows the urgency without colour.

attention-title = Needs your attention
urgency-expired = Expired
urgency-within_30_days = Within 30 days
urgency-within_90_days = Within 90 days
urgency-info = Good to know
# $name: an office's name.
notice-confirmation = Confirmation by { $name }
# $name: who the share is for.
notice-share = Share with { $name }
# $name: who the share is for, and why it stopped.
notice-live-share = Live share: { $name }
notice-left = Valid until { $date }. { $days ->
    [one] 1 day left.
   *[other] { $days } days left.
}
notice-ended = Expired on { $date }.
notice-superseded = Expired on { $date }. A newer paper is valid: nothing to do.
notice-share-ends = Ends on { $date }.
notice-live-stopped = It no longer follows your changes.
notice-unopened = Nobody has opened it since you shared it on { $date }.
advice-residence-extend = Apply for an extension at the Ausländerbehörde in good time, before it ends. If they have not decided by then, you get a Fiktionsbescheinigung: take it with you and keep it with your papers.
advice-residence-expired = Go to the Ausländerbehörde now. If you applied before it ended, ask for your Fiktionsbescheinigung. A migration counselling centre can help.
advice-attestation-renew = Ask the office for a new confirmation if you still need it.
advice-share-again = Stop this share and share again if the office still needs it.
advice-share-unopened = Ask the office whether they received the link or QR code. Share again if it got lost.
# The mark on a residence paper whose last valid day is over.
paper-expired = Expired on { $date }

## Profile fields.

profile-given_names = First names
profile-family_name = Family name
profile-aliases = Other names (one per line)
profile-birth_date = Date of birth
profile-birth_place = Place of birth
profile-nationality = Nationality
profile-languages = Languages (one per line, like "Arabic:native" or "Deutsch:B1")
profile-contact_phone = Phone
profile-contact_email = Email
profile-contact_address = Address
profile-edit = Edit profile
not-set = not set

## Item fields.

field-kind = Kind
field-title = Title
field-organisation = School, employer or course provider
field-place = Place
field-from = From
field-to = To
field-description = Description
field-issuer = Issued by
field-issued_on = Issued on
field-cefr_level = Level
field-exam = Exam
field-number = Document number
field-valid_until = Valid until
field-authority = Authority
field-legal_basis = Legal basis
legal_basis-hint = For example § 16a AufenthG (on the card or the paper).
field-work = Work
field-conditions = Conditions (Auflagen)
field-scan = Scan
scan-camera = Take a photo
scan-file = Choose a file
scan-show = Show scan
scan-hint = Photo (JPEG, PNG) or PDF.
scan-bad-type = Please choose a JPEG, PNG or PDF file.
date-hint = Year, or year and month, or a full date.

kind-education = School or studies
kind-work = Work
kind-training = Training or course
kind-other = Other
kind-language = Language certificate
kind-qualification = Qualification
kind-recognition = Recognition of a foreign qualification
kind-aufenthaltserlaubnis = Residence permit (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Settlement permit (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = Permission to stay during asylum (Aufenthaltsgestattung)
kind-duldung = Toleration (Duldung)
kind-fiktionsbescheinigung = Provisional certificate (Fiktionsbescheinigung)
kind-visa = Visa
kind-eu_citizen = EU citizen
level-none = no level
work-none = not stated
work-permitted = Work permitted
work-permitted_with_approval = Work only with permission of the Ausländerbehörde
work-not_permitted = Work not permitted

## Share.

share-title = Share with an office
share-what = What do you want to show?
share-nothing = Choose at least one thing to share.
share-expiry = How long?
# $days: 7, 30 or 90.
share-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
share-opens = How often can it be opened?
share-opens-unlimited = As often as needed
# $count: 1, 3 or 10.
share-opens-count = { $count ->
    [one] Once
   *[other] { $count } times
}
share-live = Also send later corrections and new entries?
share-live-yes = Yes, send changes
share-live-no = No, only as it is now
share-who = Who may open it?
share-who-anyone = Anyone I show the code to
share-who-office = Only one office (scan its card)
share-scan-card = Scan the office card
share-card-file = Choose the card file
# $name: the office's name from its card (not translated); $fingerprint: its key.
share-office = Office: { $name } ({ $fingerprint })
share-purpose = What is it for? (optional)
share-preview = Check
share-consent-title = Please read before you share
share-confirm = Yes, share
share-qr-title = Show this code to the office
share-qr-done = Done
share-relay-needed = Sharing needs the internet. Try again when you are online.

## Scanning.

scan-title = Hold the office card in front of the camera
scan-no-camera = The camera cannot be used. Choose the card file instead.
scan-no-code = No office card code found.

## My shares.

shares-title = My shares
shares-none = You have not shared anything yet.
shares-refresh = Update
status-active = Active
status-pending = Uploading
status-revoked = Revoked
status-expired = Expired
status-used_up = Used up
status-unknown = Status unknown
# $date: a date and time.
shares-until = Valid until { $date }
# $count: how often it was opened.
shares-opened = { $count ->
    [0] Not opened yet
    [one] Opened once
   *[other] Opened { $count } times
}
# $date: a date and time; $by: who opened it (an office name or "someone with the code").
shares-log-line = { $date }: { $by }
shares-by-bearer = someone with the code
shares-for-anyone = For anyone with the code
# $name: the office's name.
shares-for-office = For { $name }
shares-live = Sends corrections and new entries
shares-revoke = Revoke
shares-revoke-title = Revoke this share?
shares-revoke-warning = Revoking stops any further opening. It cannot take back what was already opened, seen or saved.
shares-revoke-yes = Yes, revoke
shares-revoked = The share is revoked.
shares-offline = You are offline. The list is from the last update.

## Sync.

sync-title = Sync
sync-intro = Keep your wallet the same on your phone and other devices. The relay stores it encrypted.
sync-relay = Relay address
sync-now = Sync now
sync-never = Not synced yet.
# $date: a date and time.
sync-last = Last sync: { $date }
sync-ok = Synced.
# $count: how many changes came in or went out.
sync-report = { $count ->
    [0] Nothing new.
    [one] 1 change.
   *[other] { $count } changes.
}
sync-offline = You are offline. Mappe will sync when you are back online.
sync-queued = Waiting for the internet.

## Backup.

backup-title = Backup
backup-intro = Save a backup file somewhere safe (a USB stick, your email). It is encrypted: without your passphrase nobody can read it.
backup-export = Save backup file
backup-restore = Restore from a backup file
backup-restore-warning = Restoring replaces the wallet on this phone. Open the backup with its passphrase afterwards.
backup-restored = The backup was restored. Open it with its passphrase.
backup-bad = This is not a Mappe backup file, or it is damaged.
backup-storage-note = Your browser may delete stored data when space runs low. Keep a backup or sync.

## Errors, by the code the core gives (docs/wasm-api.md).

error-wrong_passphrase = The passphrase is not right. Please try again.
error-integrity = The stored data is damaged or was changed. Nothing was changed or overwritten. Restore a backup or sync.
error-format = This is not a Mappe file, or it is from a newer version.
error-recovery_code = The recovery code is mistyped. Check every group.
error-bad_input = This value is not accepted. Please check it.
error-not_found = This entry no longer exists.
error-too_large = This is too large.
error-unreachable = The relay cannot be reached. Check the internet connection.
error-relay = The relay refused this. Please try again later.
error-withheld = The relay is missing changes this phone already has. Nothing was merged. Try another relay or ask for help.
error-revoked = This share was revoked.
error-expired = This share has expired.
error-used_up = This share was opened as often as allowed.
error-internal = Something went wrong inside Mappe. Please tell the people who look after Mappe.
error-storage = The browser could not store the data. Free some space and try again.
error-camera = The camera could not be started.
error-detail = Detail: { $detail }

## Office confirmations: an office confirms a paper (docs/spec/attestation-v1.md).

key-open = My key for offices
key-title = My key for offices
key-intro = An office can confirm one of your papers. For this it needs your key. Show the office this QR code or give it the key as text.
key-key = Your key
key-fingerprint = Fingerprint
key-fingerprint-hint = Compare the fingerprint aloud with the office.
key-copy = Copy the key
key-copied = The key was copied.
key-copy-failed = The key could not be copied. Select the text instead.
key-not-secret = The key is not secret. It only lets an office make a confirmation for you.

attest-add = Add an office's confirmation
attest-renew = Add a newer confirmation
attest-title = An office's confirmation
attest-intro = The office gives you a text, a file or a QR code. Mappe checks it and keeps it with this paper.
attest-paste = Paste the text from the office
attest-import = Add the confirmation
attest-or = Or:
attest-file = Choose the file
attest-scan = Scan the QR code
attest-scan-title = Hold the office's QR code in front of the camera
attest-no-camera = The camera cannot be used. Choose the file instead.
attest-no-code = No QR code found in this picture.
attest-empty = Paste the text, choose the file or scan the code first.
attest-added = The confirmation was checked and added.
attest-some-office = an office
# $name: the office's name as it gives it (not translated); $date: the last day it is valid.
attest-badge = Confirmed by { $name } until { $date }
# $name: the office's name; $date: the last day it was valid.
attest-badge-expired = Confirmation expired: { $name }, valid until { $date }
attest-facts = Confirmed by the office:
attest-error-other_holder = This confirmation was made for another person's key. Nothing was changed. Give the office your own key (My key for offices).
attest-error-wrong_paper = This confirmation is for another kind of paper. Add it to the matching paper.
attest-error-unreadable = This is not an office confirmation Mappe can read. Nothing was changed.
attest-error-integrity = This confirmation was changed or damaged. Nothing was changed. Ask the office for it again.
attest-error-expired = This confirmation has expired. Nothing was changed. Ask the office for a new one.
attest-error-not_yet_valid = This confirmation is not valid yet. Check the date on your phone.

# $name: the office's name.
share-attest-title = Confirmed by { $name }. Which facts do you want to show?
share-attest-hint = Only the facts you tick are sent. The receiver can check the office's signature.
share-attest-nothing = Also choose at least one thing above, for example your name.

claim-kind = Kind
claim-number = Number
claim-valid_from = Valid from
claim-valid_until = Valid until
claim-legal_basis = Legal basis
claim-work_permitted = Work permitted
claim-level = Level
claim-issuer = Issued by
claim-date = Date
claim-degree = Degree
claim-decision = Decision
claim-yes = yes
claim-no = no

## My CV (Lebenslauf): the core's HTML, previewed, then printed or saved as PDF.

cv-open = My CV (Lebenslauf)
cv-title = My CV (Lebenslauf)
cv-intro = Made from “About me”, your CV entries and your certificates. Residence papers are never on it.
cv-lang = Language of the CV
cv-lang-hint = Employers in Germany expect a CV in German.
cv-photo = Photo (optional)
cv-photo-pick = Choose a photo
cv-photo-none = Without photo
cv-photo-hint = A JPEG or PNG picture, at most 5 MB. It stays on your phone.
cv-photo-bad = This picture cannot be used. Please choose a JPEG or PNG photo of at most 5 MB.
cv-place = Town (optional)
cv-place-hint = For the last line, for example “Berlin, den 02.12.2026”.
cv-preview = Preview of your CV
cv-print = Print or save as PDF
cv-print-hint = In the print window, choose “Save as PDF” to keep it as a file.
