# Everything the `mappe` command says to the person, in English (the reference language).
# Other languages: de.ftl, ar.ftl, uk.ftl, fa.ftl, tr.ftl beside this file. A message marked
# "# unreviewed" above it there has not yet been checked by a native speaker (docs/translations.md).
# Command names, flags and file names (`mappe share`, --relay, agency.json) stay as they are in
# every language: they are typed, not read.

## General

error-prefix = error:
word-yes = yes
word-no = no
confirm-choices = [y/N]
confirm-no-terminal = not at a terminal, so nobody can agree: add --yes to agree to what is shown above
file-exists = { $file } already exists; choose another file
folder-unreadable = cannot read { $dir }: { $why }
path-is-folder = { $path } is a folder; give the name of the file to write
not-a-regular-file = it is not a regular file
stdin-unreadable = cannot read from standard input
save-failed = the change could not be saved; the wallet file is unchanged
context-no-data-folder = cannot find a data folder for the wallet; use --wallet DIR or set MAPPE_HOME
relay-none-chosen = no relay chosen yet; give one with --relay https://… (it is remembered afterwards)
relay-bad-url = --relay { $url }: { $why }
size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
size-kb = { $size } KB
size-mb = { $size } MB

## Passphrase and recovery code

passphrase-prompt = Passphrase:
passphrase-choose = Choose a passphrase for this wallet:
passphrase-again = Type it again:
passphrase-too-short = the passphrase is too short; use at least { $min } characters
passphrase-differ = the two passphrases differ; nothing was created
passphrase-none-given = no passphrase given: type it at a terminal, set MAPPE_PASSPHRASE, or use --passphrase-file
passphrase-unreadable = cannot read the passphrase
passphrase-file-too-large = the passphrase file { $file } is larger than { $max } bytes
passphrase-file-unreadable = cannot read the passphrase file: { $why }
passphrase-file-not-text = the passphrase file { $file } is not UTF-8 text
passphrase-env-not-text = MAPPE_PASSPHRASE is not valid UTF-8 text
recovery-code-prompt = Type your recovery code (groups of four, as written down), then press Enter:
recovery-code-heading = YOUR RECOVERY CODE — write it on paper now. It is shown only this once.
recovery-code-use = If you lose this device or forget your passphrase, this code brings your wallet back.
recovery-code-secret = Anyone who has this code can open your wallet: do not photograph it, do not send it to anyone.

## mappe init, recover, show

init-created = Created a new wallet in { $dir }.
wallet-your-fingerprint = Your wallet's fingerprint: { $fingerprint }
wallet-fingerprint = Wallet fingerprint: { $fingerprint }
recover-other-wallet = a different wallet is already in { $dir }; choose another folder with --wallet
recover-keys-back = Recovered the wallet's keys in { $dir }.
recover-fetch-failed = the keys are back, but the papers could not be fetched; run `mappe sync` to try again
recover-fetched = Fetched the wallet from { $url }: { $cv } CV entries, { $certificates } certificates, { $residence } residence papers, { $scans } scans.
recover-file-unchanged = The wallet file in this folder opened with these keys; its contents are unchanged.
recover-empty = The wallet on this device is empty: the recovery code brings back your keys, not your papers.
recover-give-relay = Give --relay with the relay your other device synced with to fetch your papers.

## What the wallet holds

heading-profile = PROFILE
heading-cv = CV
heading-certificates = CERTIFICATES
heading-residence = RESIDENCE PAPERS
label-given-names = Given names
label-family-name = Family name
label-aliases = Also written
label-born = Born
label-birth-place = Birth place
label-nationality = Nationality
label-languages = Languages
label-contact = Contact
label-phone = Phone
label-email = Email
label-address = Address
label-kind = Kind
label-number = Number
label-issued-on = Issued on
label-valid-until = Valid until
label-authority = Authority
label-organisation = Organisation
label-place = Place
label-from = From
label-to = To
label-description = Description
label-issuer = Issuer
label-cefr-level = CEFR level
label-exam = Exam
label-attachment = Attachment
label-legal-basis = Legal basis
label-work = Work
label-conditions = Conditions
profile-empty = (nothing yet — `mappe profile set family_name …`)
list-none = (none)
list-none-yet = (none yet — `{ $command }`)
span-since = since { $from }
span-until = until { $to }
detail-level = level { $level }
detail-issued = issued { $date }
detail-number = no. { $number }
detail-valid-until = valid until { $date }
detail-expired-on = EXPIRED on { $date }
work-permitted = work permitted
work-permitted-with-approval = work only with the Ausländerbehörde's approval
work-not-permitted = work not permitted
detail-scan = scan: { $name } ({ $size }), attachment { $id }
detail-scan-missing = scan: { $id } (missing)
kind-cv-education = Education
kind-cv-work = Work
kind-cv-training = Training
kind-cv-other = Other
kind-cert-language = Language certificate
kind-cert-qualification = Qualification
kind-cert-recognition = Recognition notice
kind-cert-other = Certificate
kind-residence-aufenthaltserlaubnis = Aufenthaltserlaubnis (residence permit)
kind-residence-niederlassungserlaubnis = Niederlassungserlaubnis (settlement permit)
kind-residence-aufenthaltsgestattung = Aufenthaltsgestattung (asylum procedure)
kind-residence-duldung = Duldung (tolerated stay)
kind-residence-fiktionsbescheinigung = Fiktionsbescheinigung (provisional permit)
kind-residence-visa = Visa
kind-residence-eu-citizen = EU citizen (free movement)
kind-residence-other = Other residence paper
kind-unknown = `{ $given }` is not one of the kinds; use one of: { $kinds }
list-cv = CV
list-certificate = certificate
list-residence = residence paper
list-attachment = attachment
list-share = share
path-profile = the whole profile
path-residence-current = the current residence paper
path-cv = CV entry { $id }
path-certificate = certificate { $id }
path-residence = residence paper { $id }
path-certificate-scan = scan of certificate { $id }
path-residence-scan = scan of residence paper { $id }

## Editing

profile-unknown-field = unknown profile field `{ $given }`; the fields are: { $fields }
profile-one-value = { $field } takes one value; put it in quotes if it contains spaces
profile-saved = Saved { $field }.
profile-cleared = Cleared { $field }.
added-cv = Added CV entry { $id }.
added-certificate = Added certificate { $id }.
added-residence = Added residence paper { $id }.
added-scan = The scan is stored encrypted as attachment { $id }.
removed-cv = Removed CV entry { $id }.
removed-certificate = Removed certificate { $id }.
removed-residence = Removed residence paper { $id }.
removed-attachment = Removed attachment { $id }.
attachment-exported = Wrote attachment { $id } to { $file } (checked against its SHA-256).
live-not-updated = warning: live shares were not updated now ({ $why }); `mappe sync` will retry.

## mappe cv export

cv-format-unknown = --format { $given }: use pdf, html or europass
cv-lang-unknown = --cv-lang { $given }: use de, en, ar, uk, fa or tr
cv-europass-no-photo = --photo and --place are for --format pdf or html; the Europass XML carries neither
cv-place-form = --place: give your town, 1 to 200 characters of plain text
cv-photo-unusable = --photo { $file }: { $why }
cv-no-chromium = a PDF needs Chromium, which was not found: install it (Debian: apt-get install chromium) or set MAPPE_CHROMIUM to its path, or use --format html and print the file from a browser
cv-chromium-env-not-file = MAPPE_CHROMIUM names { $file }, which is not a file; { $advice }
cv-no-temp-folder = cannot create a temporary folder in { $dir }
cv-chromium-not-started = cannot start { $file }; { $advice }
cv-chromium-timeout = Chromium did not finish printing the PDF within { $seconds } seconds; try --format html and print it from a browser
cv-chromium-failed = Chromium did not print a PDF ({ $status }; it said: { $said }); try --format html and print it from a browser
cv-written-pdf = Wrote your Lebenslauf (PDF) to { $file }.
cv-written-html = Wrote your Lebenslauf (HTML; print it from a browser on A4) to { $file }.
cv-written-europass = Wrote your CV as Europass XML to { $file }.

## mappe status

status-nothing = Nothing needs your attention now.
status-residence-expiring = Your { $paper } ends in { $days } days ({ $date }).
status-residence-expired = EXPIRED: your { $paper } ended on { $date }.
status-residence-superseded = Expired: { $paper } (ended { $date }; a newer paper is valid).
status-attestation-expiring = The confirmation by { $office } ends in { $days } days ({ $date }).
status-attestation-expired = The confirmation by { $office } ended on { $date }.
status-share-expiring = Your share with { $office } ends in { $days } days ({ $date }).
status-live-stopped = A live share stopped following your changes: { $office }.
status-share-unopened = Nobody has opened the share you made on { $date } for { $office }.
status-opens-unknown = Could not check whether your shares were opened: { $why }
advice-residence-extend = Apply for an extension at the Ausländerbehörde in good time, before it ends. If it is not decided by then, you get a Fiktionsbescheinigung: keep it with your papers.
advice-residence-expired = Go to the Ausländerbehörde now. If you applied before it ended, ask for your Fiktionsbescheinigung; a migration counselling centre can help.
advice-attestation-renew = Ask the office for a new confirmation if you still need it.
advice-share-again = Revoke it and share again if the office still needs it.
advice-share-unopened = Ask the office whether they received the link or QR code; share again if it got lost.

## mappe share

share-attest-form = --attest { $given }: write ENTRY:FACTS, e.g. --attest residence/ID:kind,valid_until
share-expires-past = --expires { $given } is in the past
share-expires-too-long = a share can last at most { $days } days
share-expires-form = --expires takes a duration like 30d, 12h, 2w or a date like { $example }
share-to-unreadable = --to { $given }: { $why }
share-fields-missing = choose what to share with --fields, e.g. --fields profile.family_name,certificates/<id>/scan
share-max-opens-zero = --max-opens must be at least 1
share-purpose-length = --purpose is 1 to { $max } characters
share-office-fingerprint = Office key fingerprint (compare it aloud with the office): { $fingerprint }
share-question = Share this?
share-nothing-shared = Nothing was shared.
share-link = Link: { $link }
share-id = Share id: { $id }
share-only-office = Only that office can open it, with its own Mappe key. The QR code alone reveals nothing.
share-anyone-with-code = Anyone who has this code or link can open it until it expires: show it only to the office.
share-qr-written = QR code written to { $file }.

## mappe shares, revoke

shares-none = No shares yet. Create one with `mappe share --fields …`.
shares-anyone-with-code = anyone with the code
shares-label-for = for:
shares-label-fields = fields:
shares-label-until = until:
shares-label-opened = opened:
shares-label-live = live:
shares-label-note = note:
shares-label-log = log:
shares-opened-of = { $opens } times (of { $max })
shares-opened-no-limit = { $opens } times (no limit)
shares-opened-unknown-of = unknown (of { $max })
shares-opened-unknown = unknown (no limit)
shares-live-stopped = stopped following your wallet ({ $why }); the office sees the last version
shares-log-no-opens = no opens
shares-log-earlier = opened   { $count } more times before these (the relay lists only the newest)
shares-log-opened = opened   { $time }  { $by }
shares-by-office = by { $office }
shares-by-agency-key = by agency key { $key }
shares-by-bearer = by someone holding the code
share-status-active = active
share-status-pending = pending
share-status-revoked = revoked
share-status-expired = expired
share-status-used-up = used up
share-status-unknown = unknown
revoke-revoking = Revoking share { $id } ({ $fields }).
revoke-question = Revoke it now?
revoke-nothing = Nothing was revoked.
revoke-done = Revoked. The relay deleted the encrypted share; anyone opening it now is refused.
revoke-cannot-take-back = What was already opened stays with whoever opened it: revocation cannot take that back.

## mappe open

open-trust-key-form = --trust-key: give the 64 hex characters of the trust list's signing key
open-trust-list-form = --trust-list { $url }: give an https:// address with a path, like https://relay.example.org/v1/directory
open-save-not-folder = --save-attachments { $dir }: not a folder
open-needs-agency-key = the link has no key; run `mappe open LINK --as AGENCY_FOLDER` at that office
open-office-passphrase-prompt = Passphrase of the office's Mappe key:
open-stated-by-person = STATED BY THE PERSON, UNCHANGED SINCE SHARED: signed by the wallet with fingerprint { $fingerprint }.
open-stated-meaning = This proves who shared it and that nothing was altered, not that the facts are true.
open-anyone-with-code = anyone holding the code
open-label-shared-with = Shared with
open-label-purpose = Purpose
open-label-valid-until = Valid until
open-label-opened = Opened
open-label-live = Live share
open-opened-of = { $opens } of { $max } times
open-opened-times = { $opens } times
open-live-revision = revision { $revision }
open-live-revision-corrected = revision { $revision }, last corrected { $date }
open-no-changes = NO CHANGES since you last opened it (revision { $revision }).
open-changed = CHANGED SINCE YOU LAST OPENED IT (revision { $from } → { $to }):
open-changed-on = CHANGED SINCE YOU LAST OPENED IT (revision { $from } → { $to }, corrected { $date }):
open-change-none = (none)
open-change-removed = (removed)
open-attestations-heading = ATTESTATIONS BY OFFICES (checked apart from the person's statements)
open-trust-list-not-used = Trust list not used: { $why }
open-no-trust-list = No trust list pinned (--trust-key): no office counts as confirmed.
open-attestation-paper = paper
open-attestation-an-office = an office
open-attestation-confirmed = CONFIRMED by { $office } on { $date }
open-attestation-untrusted = NOT CONFIRMED: signed by an office that is not on your trust list
open-attestation-status-unknown = NOT CONFIRMED: { $office } signed it on { $date }, but whether it withdrew it could not be checked
open-attestation-withdrawn = WITHDRAWN by { $office }: it no longer confirms this
open-attestation-expired = EXPIRED: the confirmation ended on { $date }
open-attestation-invalid = INVALID, nothing of it is shown: { $why }
open-attestation-list-of = (withdrawal list of { $time })
open-scans-heading = SCANS
open-scan-saved = { $name } ({ $media_type }, { $size }) saved to { $file }
open-scan-listed = { $name } ({ $media_type }, { $size }) — use --save-attachments DIR to download it
open-consent-heading = WHAT THE PERSON WAS SHOWN AND AGREED TO ({ $lang }):

## Errors (the library's own sentences, in the person's language)

error-wrong-passphrase = wrong passphrase
error-no-wallet = there is no wallet in { $dir } yet; run `mappe init` to create one
error-wallet-exists = a wallet already exists in { $dir }; it was left as it is
error-not-found = no { $list } entry with id `{ $id }`
error-ambiguous-id = `{ $id }` matches more than one { $list } entry; give more characters of the id
error-unreadable-input = cannot read { $file }: { $why }
error-relay-unreachable = cannot reach the relay at { $url }: { $why }
error-share-revoked = this share was revoked by the person who made it; nothing can be shown
error-share-expired = this share has expired; nothing can be shown
error-share-used-up = this share has been opened as many times as the person allowed; nothing can be shown
error-share-not-found = the relay does not know this share (wrong link, or it no longer exists)
error-needs-agency-key = this share is for a specific office and can only be opened with that office's Mappe key (`mappe open LINK --as AGENCY_FOLDER`)
error-not-for-this-key = this key cannot open the share: it was made for someone else
error-share-altered = integrity check failed: the share was altered or damaged on the way; nothing is shown
error-share-bad-signature = the holder's signature does not match: the share was altered; nothing is shown
error-share-expired-on = this share expired on { $date }
error-share-newer-version = this share was made by a newer version of Mappe (format { $version }); please update Mappe
error-sync-busy = other devices kept writing to the relay while this one tried; run the sync again
error-missing-scan = the scan { $name } is not on this device yet; sync the device that added it first
error-not-a-picture = { $file } is not a readable PNG or JPEG picture
error-picture-too-large = { $file } is a picture of { $width } × { $height } pixels; at most 40 megapixels can be read
error-no-qr-code = no QR code could be read in { $file }; take the photo again, closer, straight on and in even light
error-qr-agency-card = the QR code in { $file } is the card of an office ({ $office }), not a share; it is for sharing with that office (`mappe share --to`)
error-qr-not-share = the QR code in { $file } is not a Mappe share link; it holds: "{ $shown }"

## mappe sync

sync-withheld = the relay is missing changes this device has seen ({ $detail }); nothing was merged. If the relay was restored from a backup, run `mappe sync --resend` to give it this device's changes again; if not, the relay may be withholding them: ask the counselling centre that runs it
sync-done-sent = Synced with { $url }: merged { $merged } entries from other devices, sent this device's changes; log at entry { $seq }.
sync-done-nothing = Synced with { $url }: merged { $merged } entries from other devices, nothing new to send; log at entry { $seq }.
sync-scans = Scans: { $down } downloaded, { $up } uploaded.
sync-scan-missing = Scan { $name } is not on the relay yet: sync the device that added it.
live-updated = Live share { $id } updated to revision { $revision }.
live-revoked-elsewhere = Live share { $id } was revoked on another device; it is now recorded as revoked here too.
live-stopped = Live share { $id } no longer follows your wallet ({ $why }). The office keeps seeing the last version; revoke it with `mappe revoke { $id }` and share again if needed.

## mappe forget

forget-asking = Asking the relay { $url } to forget this wallet.
forget-what = It deletes everything it holds of you: the encrypted copy of your wallet (sync log and scans), every share you made there, and their access logs.
forget-live-shares = { $count ->
    [0] You have no working shares on this relay.
    [one] Your 1 working share on this relay stops working at once.
   *[other] Your { $count } working shares on this relay stop working at once.
}
forget-cannot-take-back = What offices already opened stays with them: forgetting cannot take that back.
forget-device-kept = Your wallet on this device is kept; a later `mappe sync` with this relay starts a new copy there.
forget-question = Ask the relay to forget you now?
forget-nothing-sent = Nothing was sent.
forget-receipt-kept = The receipt is kept in { $file }.
forget-done = The relay forgot this wallet. Its signed receipt verified:
forget-revoked-here = { $count } share(s) on this relay are now recorded as revoked in your wallet.
forget-no-receipts = No deletion receipts yet. `mappe forget --relay URL` asks a relay to forget you.
receipt-label-relay = relay:
receipt-label-relay-key = relay key:
receipt-label-deleted-at = deleted at:
receipt-label-deleted = deleted:
receipt-label-share = share:
receipt-deleted-counts = { $shares } share(s), { $share_scans } shared scan(s), { $log_rows } access-log row(s), { $sync_entries } sync log entr(ies), { $sync_scans } synced scan(s)

## Offices: mappe agency

agency-folder-taken = { $dir } already holds a Mappe identity; choose another folder with --wallet
agency-name-form = --name: give the office's name, 1 to 200 characters of plain text
agency-kind-unknown = --kind { $given }: use one of { $kinds }
agency-created = Created the Mappe identity of { $name } ({ $kind }) in { $dir }.
agency-fingerprint = Fingerprint (compare it aloud with people who share to you): { $fingerprint }
agency-card-file = Public card for people who share to this office: { $file }
agency-key-string = Or give them this key: { $key }
agency-card-qr = The card as a QR code, for people to scan with the Mappe app (also in { $file }):
agency-no-card = { $dir } is not an office folder (no { $file }); make one with `mappe agency init`
agency-exported = Wrote the key of { $name } to { $file }.
agency-exported-how = It stays locked by the office passphrase: take it to the office's other computer and import it there (`mappe agency import` or the office desk in the browser). Fingerprint: { $fingerprint }
agency-export-too-large = { $file } is too large to be an office export file
agency-imported = Set up the Mappe key of { $name } ({ $kind }) in { $dir }.
agency-imported-fingerprint = Fingerprint (compare it with the office's other computers): { $fingerprint }

## Attestations

attest-expires-form = --expires takes a date like { $example } or a number of days like 365d
attest-key-form = { $flag }: give the 64 hex characters of the key
attest-kind-unknown = --kind { $given }: use residence, certificate or recognition
attest-claim-form = --claim { $given }: write NAME=VALUE, e.g. --claim valid_until=2027-06-30
attest-relay-fixed = this office publishes its withdrawals at { $url }; attestations already issued point there
attest-issued = { $office } confirmed a paper ({ $paper }) of the person with key { $key }: attestation number { $number }.
attest-written = Valid until { $date }. Written to { $file }: give this file to the person.
attest-too-long-for-qr = the attestation is too long for one QR code; give the person the file
attest-how-to-withdraw = To withdraw it later: mappe agency withdraw { $number } (published at { $url }).
attest-none-issued = this office has issued no attestations yet (no { $file } in { $dir })
attest-withdrawn = Withdrew attestation { $number } ({ $paper }, issued to key { $key }). Verifiers see this from now on at { $url }.
attest-withdrawn-cannot-take-back = Offices that already opened a share with it keep what they saw then.
attest-your-key = Your key, for an office that confirms one of your papers: { $key }
attest-your-fingerprint = Fingerprint (compare it aloud with the office): { $fingerprint }
attest-entry-form = --to { $given }: name the entry as residence/ID or certificates/ID
attest-file-too-large = { $file } is too large to be an attestation
attest-file-not-text = { $file } is not an attestation (not text)
attest-wrong-section = this attestation confirms a paper of another kind ({ $paper }); it cannot be kept with { $entry }
attest-kept = Kept the confirmation by { $office } with { $entry } (valid until { $date }).
attest-confirmed-facts = Confirmed facts: { $facts }
attest-share-hint = Share it with: { $command }
attest-list-none = No office has confirmed any of your papers yet. Give an office your key (mappe attestation key).
attest-list-valid = { $entry }: { $paper } confirmed by { $office } (valid until { $date })
attest-list-expired = { $entry }: { $paper } confirmed by { $office } (EXPIRED, ended { $date })
attest-list-unreadable = { $entry }: an attestation this version cannot read

## mappe demo

demo-intro = Mappe demo. Everything happens in a temporary folder that is deleted at the end:
demo-step = Step { $number }: { $text }
demo-step-1-given = A counselling centre runs a relay. Here: the one given with --relay.
demo-step-1-inside = A counselling centre runs a relay. Here: one on this computer, storing into SQLite.
demo-relay-given = Using the relay at { $url }. It will only ever see encrypted bytes.
demo-relay-inside = Relay listening at { $url }. It will only ever see encrypted bytes.
demo-relay-failed = cannot start the demo relay
demo-no-relay-inside = this mappe was built without a relay inside; run the demo with `cargo run --release --bin mappe --features embedded-relay -- demo`, or start a relay (`mappe-relay`) and run `mappe demo --relay URL`
demo-no-temp-folder = cannot create a temporary folder
demo-no-example-scan = cannot write the example scan
demo-step-2 = Amal creates her wallet and fills in her profile.
demo-wallet-created = Wallet created. Fingerprint: { $fingerprint }
demo-step-3 = She adds her CV: studies in Aleppo, work in Gaziantep, the integration course.
demo-step-4 = She scans her B1 certificate and adds it; the scan is encrypted in 64 KiB chunks.
demo-step-5 = She adds her residence permit and looks at her wallet.
demo-step-6 = The Jobcenter creates its own Mappe key once, and publishes its card (agency.json).
demo-step-7 = At the Jobcenter desk Amal shares her B1 certificate with its scan, her current residence permit and her name — for this office only, 30 days, at most 3 opens. She reads what it means and agrees.
demo-step-8 = Someone photographs the QR code over her shoulder. Without the Jobcenter's key it reveals nothing:
demo-step-9 = The caseworker scans the QR code and opens it with the Jobcenter's key: verified, exactly these fields.
demo-scan-not-saved = the scan was not saved
demo-scan-identical = The saved scan is byte-identical to Amal's original: yes
demo-scan-differs = the saved scan differs from the original
demo-step-10 = Back home, Amal looks at who opened her share.
demo-step-11 = Amal revokes the share.
demo-step-12 = The caseworker tries to open it again.
demo-refused = refused: { $why }
demo-finished = Demo finished: the share was opened once by the Jobcenter, then revoked, and the revoked share was refused.
