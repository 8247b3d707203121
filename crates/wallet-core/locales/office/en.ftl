### Mappe office desk (the caseworker's page at /office/): English (source language).
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

share-stated = Stated by the person, unchanged since shared
share-stated-text = Signed by the Mappe with this key and unchanged since it was shared:
share-stated-note = This shows who shared it and that nothing was altered, not that the facts are true.
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
share-fields = Shared papers, as stated by the person
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

## Offices' confirmations (attestations) in a share: each shown apart from what the person states.

attest-title = Confirmations by offices
attest-intro = An office signed these facts itself. Each one is checked on its own.
# $name: the office's name from your trust list; $date: the day it was issued.
attest-confirmed = Confirmed by { $name } on { $date }
attest-untrusted = Signed by an office that is not on your trust list
attest-status-unknown = Could not check whether the office withdrew it
attest-withdrawn = Withdrawn by the office
# $date: the day it ended.
attest-expired = The confirmation expired on { $date }
# $date: the day it says it was issued (later than now).
attest-not-yet-valid = The confirmation is dated in the future ({ $date })
# $reason: why, one of the attest-reason-… texts.
attest-invalid = Invalid — not shown: { $reason }
attest-reason-malformed = it is damaged or not an office's confirmation
attest-reason-algorithm = its signature method is not accepted
attest-reason-bad_signature = the office's signature does not match, it was altered
attest-reason-bad_disclosure = a fact in it was not signed by the office
attest-reason-bad_key_binding = it is not bound to this share
attest-reason-other_holder = it was issued to another person
attest-reason-unknown_type = an unknown kind of paper
attest-reason-bad_claim = a fact in it is not in the right form
attest-reason-too_large = it is too large
# $detail: the failed check's code.
attest-reason-other = it failed a check ({ $detail })
attest-trust-problem = The trust list of offices could not be used. No office counts as being on it.
attest-kind = Paper
attest-kind-residence = Residence paper
attest-kind-certificate = Certificate
attest-kind-recognition = Recognition of a foreign qualification
attest-about = About the entry
attest-facts-confirmed = Confirmed facts
attest-facts = Facts the office signed (not confirmed)
attest-facts-none = No facts shown.
attest-office = Office
attest-office-unlisted = Not on your trust list
attest-office-key = Office key
attest-issued = Issued on
attest-expires = Confirmation valid until
attest-status-as-of = Withdrawal list checked
attest-yes = yes
attest-no = no

## Facts an office can confirm (attestation claims).

claim-kind = Kind
claim-number = Document number
claim-valid_from = Valid from
claim-valid_until = Valid until
claim-legal_basis = Legal basis
claim-work_permitted = Work permitted
claim-level = Level
claim-issuer = Issued by
claim-date = Date
claim-degree = Degree
claim-decision = Decision

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
field-legal_basis = Legal basis
field-work = Work
field-conditions = Conditions (Auflagen)
work-permitted = Work permitted
work-permitted_with_approval = Work only with permission of the Ausländerbehörde
work-not_permitted = Work not permitted

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

## Confirming a paper: the office signs facts about a person's paper (an attestation) and can withdraw it.

desk-issue-intro = Confirm facts of a person's paper that you checked, for example a residence permit. See and withdraw what this office confirmed.
desk-issue = Confirm a paper
issue-title = Confirm a paper
issue-intro = You sign facts that you checked. The person keeps the confirmation in their Mappe and can show it to other offices, which see that your office confirmed it.
issue-holder = The person's key
issue-holder-hint = The person's Mappe shows it under "My key for offices": 64 characters 0–9 and a–f. Spaces do not matter.
issue-facts = Facts you confirm
issue-facts-hint = Fill in only what you checked. Empty fields are left out.
issue-choose = Please choose
issue-expires = The confirmation is valid until
issue-expires-hint = After this day other offices see it as expired.
issue-submit = Sign the confirmation
issue-holder-bad = The person's key must be 64 characters 0–9 and a–f. Please check what was pasted.
# $name: the label of the empty field.
issue-missing = Please fill in: { $name }
issue-expires-bad = The confirmation must be valid until a day after today.
issue-done-title = Confirmation signed
# $n: the confirmation's number at this office.
issue-number = Confirmation no. { $n }
issue-done = Give it to the person: they scan this code with their Mappe, or you give them the file.
issue-qr-alt = Code of the confirmation
issue-qr-too-long = This confirmation is too long for a code. Give the person the file or the text.
issue-download = Download the file
issue-text = The confirmation as text, to copy
# $detail: the relay's reason.
issue-publish-failed = The relay did not take this office's withdrawal list. It is kept in this browser and sent again with the next confirmation or withdrawal. ({ $detail })
issue-list-title = Confirmations issued
issue-list-note = As kept in this browser. Confirm papers from one PC of the office only.
issue-list-empty = No confirmation issued yet.
issue-holder-short = Person's key
issue-state = State
issue-state-valid = Valid
# $date: the day it was withdrawn.
issue-state-withdrawn = Withdrawn on { $date }
issue-state-expired = Expired
issue-withdraw = Withdraw
# $n: the confirmation's number.
issue-withdraw-confirm = Withdraw confirmation no. { $n }? Other offices will see it as withdrawn. This cannot be undone.
issue-withdraw-yes = Yes, withdraw it
# $n: the confirmation's number.
issue-withdrawn = Confirmation no. { $n } was withdrawn.
