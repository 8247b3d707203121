var $r=Object.defineProperty;var Ae=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(n){throw r=[n],n}};var bt=(e,t)=>{for(var r in t)$r(e,r,{get:t[r],enumerable:!0})};var Gt={};bt(Gt,{loadCore:()=>I,now:()=>C,relayFetch:()=>Ze,useCoreFrom:()=>an});function an(e){ve=e}function I(){return Ut??=(ve?import(`${ve}wallet_wasm.js`):import("./pkg/wallet_wasm.js")).then(async e=>(await e.default({module_or_path:new URL(ve?`${ve}wallet_wasm_bg.wasm`:"./pkg/wallet_wasm_bg.wasm",import.meta.url)}),e)),Ut}async function Ze({method:e,url:t,headers:r,body:n}){let a=await fetch(t,{method:e,headers:r||[],body:n??void 0,cache:"no-store",credentials:"omit"});return{status:a.status,body:new Uint8Array(await a.arrayBuffer())}}var Ut,ve,C,Z=Ae(()=>{ve=null;C=()=>Math.floor(Date.now()/1e3)});function sn(){return qt||(qt=[IDBIndex,IDBObjectStore,IDBCursor,IDBDatabase,IDBTransaction])}function on(){return Vt||(Vt=["advance","continue","continuePrimaryKey"].map(e=>IDBCursor.prototype[e]))}function cn(e){let t=new Promise((r,n)=>{let a=()=>{e.removeEventListener("success",s),e.removeEventListener("error",c)},s=()=>{r(ne(e.result)),a()},c=()=>{n(e.error),a()};e.addEventListener("success",s),e.addEventListener("error",c)});return Pe.set(t,e),t}function ln(e){if(et.has(e))return;let t=new Promise((r,n)=>{let a=()=>{e.removeEventListener("complete",s),e.removeEventListener("error",c),e.removeEventListener("abort",c)},s=()=>{r(),a()},c=()=>{n(e.error||new DOMException("AbortError","AbortError")),a()};e.addEventListener("complete",s),e.addEventListener("error",c),e.addEventListener("abort",c)});et.set(e,t)}function Jt(e){tt=e(tt)}function dn(e){return on().includes(e)?function(...t){return e.apply(rt(this),t),ne(this.request)}:function(...t){return ne(e.apply(rt(this),t))}}function un(e){return typeof e=="function"?dn(e):(e instanceof IDBTransaction&&ln(e),Xe(e,sn())?new Proxy(e,tt):e)}function ne(e){if(e instanceof IDBRequest)return cn(e);if(Je.has(e))return Je.get(e);let t=un(e);return Object.is(t,e)||(Je.set(e,t),Pe.set(t,e)),t}function Qt(e,t,{blocked:r,upgrade:n,blocking:a,terminated:s}={}){let c=indexedDB.open(e,t),o=ne(c);return n&&c.addEventListener("upgradeneeded",u=>{n(ne(c.result),u.oldVersion,u.newVersion,ne(c.transaction),u)}),r&&c.addEventListener("blocked",u=>r(u.oldVersion,u.newVersion,u)),o.then(u=>{s&&u.addEventListener("close",()=>s()),a&&u.addEventListener("versionchange",l=>a(l.oldVersion,l.newVersion,l))}).catch(()=>{}),o}function Yt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t=="string"))return;if(Qe[t])return Qe[t];let r=t.replace(/FromIndex$/,""),n=t!==r,a=hn.includes(r);if(!(r in(n?IDBIndex:IDBObjectStore).prototype)||!(a||pn.includes(r)))return;let s=async function(c,...o){let u=this.transaction(c,a?"readwrite":"readonly"),l=u.store;return n&&(l=l.index(o.shift())),(await Promise.all([l[r](...o),a&&u.done]))[0]};return Qe[t]=s}async function*yn(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let r=new Proxy(t,mn);for(Xt.set(r,t),Pe.set(r,rt(t));t;)yield r,t=await(nt.get(r)||t.continue()),nt.delete(r)}function Zt(e,t){return t===Symbol.asyncIterator&&Xe(e,[IDBIndex,IDBObjectStore,IDBCursor])||t==="iterate"&&Xe(e,[IDBIndex,IDBObjectStore])}var Xe,qt,Vt,et,Je,Pe,tt,rt,pn,hn,Qe,fn,Ht,nt,Xt,mn,er=Ae(()=>{Xe=(e,t)=>t.some(r=>e instanceof r);et=new WeakMap,Je=new WeakMap,Pe=new WeakMap;tt={get(e,t,r){if(e instanceof IDBTransaction){if(t==="done")return et.get(e);if(t==="store")return r.objectStoreNames[1]?void 0:r.objectStore(r.objectStoreNames[0])}return ne(e[t])},set(e,t,r){return e[t]=r,!0},has(e,t){return e instanceof IDBTransaction&&(t==="done"||t==="store")?!0:t in e}};rt=e=>Pe.get(e);pn=["get","getKey","getAll","getAllKeys","count"],hn=["put","add","delete","clear"],Qe={};Jt(e=>({...e,get:(t,r,n)=>Yt(t,r)||e.get(t,r,n),has:(t,r)=>!!Yt(t,r)||e.has(t,r)}));fn=["advance","continue","continuePrimaryKey"],Ht={},nt=new WeakMap,Xt=new WeakMap,mn={get(e,t){if(!fn.includes(t))return e[t];let r=Ht[t];return r||(r=Ht[t]=function(...n){nt.set(this,Xt.get(this)[t](...n))}),r}};Jt(e=>({...e,get(t,r,n){return Zt(t,r)?yn:e.get(t,r,n)},has(t,r){return Zt(t,r)||e.has(t,r)}}))});function K(){return tr??=Qt(gn,1,{upgrade(e){for(let t of kn)e.objectStoreNames.contains(t)||e.createObjectStore(t)}}),tr}async function at(){return ae(await(await K()).get("keystore",j))}async function we(){return ae(await(await K()).get("wallet",j))}async function Te(e){return ae(await(await K()).get("attachments",e))??null}async function rr(e,t){await(await K()).put("attachments",t,e)}async function de(e){return(await K()).get("settings",e)}async function U(e,t){await(await K()).put("settings",t,e)}async function it(){return(await K()).get("sync",j)}async function Me(e){await(await K()).put("sync",e,j)}async function st(e,t){let n=(await K()).transaction(["keystore","wallet","attachments","sync"],"readwrite");await Promise.all([n.objectStore("attachments").clear(),n.objectStore("sync").clear(),n.objectStore("keystore").put(e,j),n.objectStore("wallet").put(t,j),n.done])}async function nr(e,{put:t=[],remove:r=[]}={}){let n=await K();await navigator.locks.request("mappe-wallet",async()=>{let a=ae(await n.get("wallet",j));a&&e.merge(a);let s=e.save(),c=n.transaction(["wallet","attachments"],"readwrite"),o=[c.objectStore("wallet").put(s,j)];for(let[u,l]of t)o.push(c.objectStore("attachments").put(l,u));for(let u of r)o.push(c.objectStore("attachments").delete(u));await Promise.all([...o,c.done])})}async function ar(e){let t=await K();await navigator.locks.request("mappe-wallet",async()=>{await t.put("wallet",e,j)})}async function ir(){let t=(await K()).transaction(["keystore","wallet","attachments"],"readonly"),r=t.objectStore("attachments"),[n,a,s,c]=await Promise.all([t.objectStore("keystore").get(j),t.objectStore("wallet").get(j),r.getAllKeys(),r.getAll()]);return await t.done,{keystore:ae(n),wallet:ae(a),attachments:s.map((o,u)=>[o,ae(c[u])])}}async function sr({keystore:e,wallet:t,attachments:r}){let a=(await K()).transaction(["keystore","wallet","attachments","sync"],"readwrite"),s=[a.objectStore("attachments").clear(),a.objectStore("sync").clear(),a.objectStore("keystore").put(e,j),a.objectStore("wallet").put(t,j)];for(let[c,o]of r)s.push(a.objectStore("attachments").put(o,c));await Promise.all([...s,a.done])}var gn,kn,j,tr,ae,te=Ae(()=>{er();gn="mappe",kn=["keystore","wallet","attachments","sync","settings"],j="current";ae=e=>e instanceof Uint8Array?e:e&&new Uint8Array(e)});var cr={};bt(cr,{IDLE_MS:()=>or,drain:()=>dt,enqueue:()=>pe,host:()=>Y,idle:()=>Se,lock:()=>ue,op:()=>H,pending:()=>Ne,save:()=>R,session:()=>k,touch:()=>lt,unlocked:()=>be});function be(e){k.wallet=e,lt()}function ue(e){if(clearTimeout(k.timer),k.wallet)try{k.wallet.free()}catch{}k.wallet=null,k.locks++,k.onLock(e)}function lt(){clearTimeout(k.timer),k.wallet&&(k.timer=setTimeout(()=>ue("idle"),or))}async function R(e){await Se(),await nr(k.wallet,e),ct?.postMessage("saved")}function H(e,...t){let r=ot.then(async()=>{let n=await I();if(!k.wallet)throw Object.assign(new Error("locked"),{name:"MappeError",code:"internal"});let a=k.locks,s=c=>{k.locks===a?k.wallet=c:c.free()};try{let{wallet:c,result:o}=await n[e](k.wallet,...t);return s(c),o}catch(c){throw c&&c.wallet&&s(c.wallet),c}});return ot=r.catch(()=>{}),r}function Se(){return ot}async function pe(e){let t=await de("queue")||[];t.some(r=>r.op===e.op&&r.shareId===e.shareId)||t.push(e),await U("queue",t)}async function Ne(){return await de("queue")||[]}async function dt(e){let t=await Ne(),r=[];for(let n of t)try{await e(n)}catch(a){a&&a.code==="unreachable"?r.push(n):console.warn("queued job failed",n.op,a&&a.code)}return await U("queue",r),r.length===0}var or,ct,k,Y,ot,J=Ae(()=>{te();Z();or=300*1e3,ct=typeof BroadcastChannel=="function"?new BroadcastChannel("mappe-wallet"):null,k={wallet:null,onLock:()=>{},onChange:()=>{},timer:0,locks:0};for(let e of["pointerdown","keydown","input"])addEventListener(e,lt,{passive:!0,capture:!0});ct?.addEventListener("message",async()=>{await Se();let e=k.wallet;if(!e)return;let t=await we();if(t&&k.wallet===e)try{e.merge(t),k.onChange()}catch(r){console.warn("merge from another tab failed",r)}});Y={fetch:Ze,readAttachment:e=>Te(e),writeAttachment:(e,t)=>rr(e,t),readWallet:()=>we(),saveWallet:async e=>{await ar(e),ct?.postMessage("saved")}},ot=Promise.resolve()});var St=`### Mappe-App (die Mappe der Person unter /app/): Deutsch.
### Status: von den Entwicklern geschrieben und gelesen. Einfache Sprache, Anrede mit "Sie".
### Gleiche Nachrichten-IDs und Variablen wie en.ftl (geprüft von app/test/unit/).

app-name = Mappe
app-tagline = Ihre Papiere, auf Ihrem Handy, verschlüsselt.
language-self = Deutsch
language = Sprache
loading = Wird geladen …
back = Zurück
cancel = Abbrechen
save = Speichern
edit = Ändern
remove = Entfernen
yes-remove = Ja, entfernen
close = Schließen
next = Weiter
print = Drucken
lock = Sperren
working = Einen Moment …

## Start: anlegen, öffnen, wiederherstellen.

start-create-title = Neue Mappe anlegen
start-create-intro = Wählen Sie ein Passwort. Sie brauchen es jedes Mal, wenn Sie Mappe öffnen. Niemand kann es für Sie zurücksetzen.
passphrase = Passwort
passphrase-again = Passwort noch einmal
passphrase-mismatch = Die beiden Passwörter sind nicht gleich.
passphrase-short = Bitte mindestens 8 Zeichen verwenden.
create = Mappe anlegen
start-unlock-title = Mappe öffnen
unlock = Öffnen
start-forgot = Passwort vergessen oder neues Handy?
start-recover = Mit dem Wiederherstellungscode zurückholen
start-new-instead = Stattdessen neue Mappe anlegen

recovery-title = Ihr Wiederherstellungscode
recovery-intro = Schreiben Sie diesen Code auf Papier oder drucken Sie ihn aus. Bewahren Sie ihn sicher auf, nicht beim Handy.
recovery-once = Er wird nur jetzt gezeigt. Wer ihn hat, kann Ihre Mappe öffnen.
recovery-written = Ich habe ihn aufgeschrieben
recovery-confirm-title = Wiederherstellungscode prüfen
# $n: Nummer der Gruppe.
recovery-confirm-group = Gruppe { $n }
recovery-confirm-wrong = Das stimmt nicht. Sehen Sie noch einmal auf Ihr Papier.
recovery-confirm-ok = Bestätigen
recovery-show-again = Code noch einmal zeigen

recover-title = Mappe wiederherstellen
recover-intro = Geben Sie Ihren Wiederherstellungscode ein und wählen Sie ein neues Passwort.
recover-code = Wiederherstellungscode
recover-relay = Adresse des Relays (wenn Ihre Mappe synchronisiert war)
recover-relay-hint = Lassen Sie das Feld so, wenn Sie es nicht wissen. Dann beginnt die Mappe leer.
recover-go = Wiederherstellen
recover-synced = Ihre Mappe wurde vom Relay zurückgeholt.
recover-empty = Ihre Schlüssel sind zurück. Die Mappe ist leer, bis Sie sie synchronisieren.

locked-idle = Nach 5 Minuten ohne Benutzung gesperrt.

## Startseite: die Bereiche.

home-title = Meine Papiere
section-profile = Über mich
section-cv = Lebenslauf
section-certificates = Zeugnisse und Zertifikate
section-residence = Aufenthaltspapiere
nav-home = Papiere
nav-share = Teilen
nav-shares = Geteilt
nav-sync = Abgleich
nav-backup = Sicherung
empty-section = Noch nichts eingetragen.
add = Hinzufügen
add-cv = Eintrag zum Lebenslauf hinzufügen
add-certificate = Zeugnis hinzufügen
add-residence = Aufenthaltspapier hinzufügen
remove-confirm = Diesen Eintrag entfernen? Sein Scan wird auch entfernt.
saved = Gespeichert.
fingerprint = Ihr Schlüssel: { $fingerprint }

## Angaben zur Person.

profile-given_names = Vornamen
profile-family_name = Familienname
profile-aliases = Andere Namen (einer pro Zeile)
profile-birth_date = Geburtsdatum
profile-birth_place = Geburtsort
profile-nationality = Staatsangehörigkeit
profile-languages = Sprachen (eine pro Zeile, z. B. "Arabisch:native" oder "Deutsch:B1")
profile-contact_phone = Telefon
profile-contact_email = E-Mail
profile-contact_address = Adresse
profile-edit = Angaben ändern
not-set = nicht angegeben

## Felder der Einträge.

field-kind = Art
field-title = Bezeichnung
field-organisation = Schule, Arbeitgeber oder Kursanbieter
field-place = Ort
field-from = Von
field-to = Bis
field-description = Beschreibung
field-issuer = Ausgestellt von
field-issued_on = Ausgestellt am
field-cefr_level = Niveau
field-exam = Prüfung
field-number = Dokumentnummer
field-valid_until = Gültig bis
field-authority = Behörde
field-scan = Scan
scan-camera = Foto machen
scan-file = Datei wählen
scan-show = Scan zeigen
scan-hint = Foto (JPEG, PNG) oder PDF.
scan-bad-type = Bitte eine JPEG-, PNG- oder PDF-Datei wählen.
date-hint = Jahr, oder Jahr und Monat, oder ein ganzes Datum.

kind-education = Schule oder Studium
kind-work = Arbeit
kind-training = Ausbildung oder Kurs
kind-other = Sonstiges
kind-language = Sprachzertifikat
kind-qualification = Berufs- oder Schulabschluss
kind-recognition = Anerkennung eines ausländischen Abschlusses
kind-aufenthaltserlaubnis = Aufenthaltserlaubnis
kind-niederlassungserlaubnis = Niederlassungserlaubnis
kind-aufenthaltsgestattung = Aufenthaltsgestattung
kind-duldung = Duldung
kind-fiktionsbescheinigung = Fiktionsbescheinigung
kind-visa = Visum
kind-eu_citizen = EU-Bürger oder EU-Bürgerin
level-none = kein Niveau

## Teilen.

share-title = Mit einer Behörde teilen
share-what = Was möchten Sie zeigen?
share-nothing = Wählen Sie mindestens eine Sache zum Teilen.
share-expiry = Wie lange?
# $days: 7, 30 oder 90.
share-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
share-opens = Wie oft darf es geöffnet werden?
share-opens-unlimited = So oft wie nötig
# $count: 1, 3 oder 10.
share-opens-count = { $count ->
    [one] Einmal
   *[other] { $count }-mal
}
share-live = Spätere Korrekturen und neue Einträge auch schicken?
share-live-yes = Ja, Änderungen schicken
share-live-no = Nein, nur so wie jetzt
share-who = Wer darf es öffnen?
share-who-anyone = Jede Person, der ich den Code zeige
share-who-office = Nur eine Behörde (ihre Karte scannen)
share-scan-card = Karte der Behörde scannen
share-card-file = Datei der Karte wählen
# $name: Name der Behörde aus ihrer Karte (nicht übersetzt); $fingerprint: ihr Schlüssel.
share-office = Behörde: { $name } ({ $fingerprint })
share-purpose = Wofür ist es? (freiwillig)
share-preview = Prüfen
share-consent-title = Bitte lesen Sie das vor dem Teilen
share-confirm = Ja, teilen
share-qr-title = Zeigen Sie diesen Code der Behörde
share-qr-done = Fertig
share-relay-needed = Zum Teilen braucht es Internet. Versuchen Sie es wieder, wenn Sie online sind.

## Scannen.

scan-title = Halten Sie die Karte der Behörde vor die Kamera
scan-no-camera = Die Kamera kann nicht benutzt werden. Wählen Sie stattdessen die Datei der Karte.
scan-no-code = Kein Code einer Behördenkarte gefunden.

## Geteilt.

shares-title = Was ich geteilt habe
shares-none = Sie haben noch nichts geteilt.
shares-refresh = Aktualisieren
status-active = Aktiv
status-pending = Wird hochgeladen
status-revoked = Zurückgezogen
status-expired = Abgelaufen
status-used_up = Aufgebraucht
status-unknown = Zustand unbekannt
# $date: Datum und Uhrzeit.
shares-until = Gültig bis { $date }
# $count: wie oft geöffnet.
shares-opened = { $count ->
    [0] Noch nicht geöffnet
    [one] Einmal geöffnet
   *[other] { $count }-mal geöffnet
}
# $date: Datum und Uhrzeit; $by: wer geöffnet hat.
shares-log-line = { $date }: { $by }
shares-by-bearer = jemand mit dem Code
shares-for-anyone = Für alle mit dem Code
# $name: Name der Behörde.
shares-for-office = Für { $name }
shares-live = Schickt Korrekturen und neue Einträge
shares-revoke = Zurückziehen
shares-revoke-title = Diese Freigabe zurückziehen?
shares-revoke-warning = Zurückziehen verhindert jedes weitere Öffnen. Was schon geöffnet, gesehen oder gespeichert wurde, kann es nicht zurückholen.
shares-revoke-yes = Ja, zurückziehen
shares-revoked = Die Freigabe ist zurückgezogen.
shares-offline = Sie sind offline. Die Liste ist vom letzten Aktualisieren.

## Abgleich.

sync-title = Abgleich
sync-intro = Halten Sie Ihre Mappe auf dem Handy und anderen Geräten gleich. Das Relay speichert sie verschlüsselt.
sync-relay = Adresse des Relays
sync-now = Jetzt abgleichen
sync-never = Noch nie abgeglichen.
# $date: Datum und Uhrzeit.
sync-last = Letzter Abgleich: { $date }
sync-ok = Abgeglichen.
# $count: wie viele Änderungen.
sync-report = { $count ->
    [0] Nichts Neues.
    [one] 1 Änderung.
   *[other] { $count } Änderungen.
}
sync-offline = Sie sind offline. Mappe gleicht ab, sobald Sie wieder online sind.
sync-queued = Wartet auf Internet.

## Sicherung.

backup-title = Sicherung
backup-intro = Speichern Sie eine Sicherungsdatei an einem sicheren Ort (USB-Stick, Ihre E-Mail). Sie ist verschlüsselt: Ohne Ihr Passwort kann niemand sie lesen.
backup-export = Sicherungsdatei speichern
backup-restore = Aus einer Sicherungsdatei zurückholen
backup-restore-warning = Das Zurückholen ersetzt die Mappe auf diesem Handy. Öffnen Sie sie danach mit dem Passwort der Sicherung.
backup-restored = Die Sicherung wurde zurückgeholt. Öffnen Sie sie mit ihrem Passwort.
backup-bad = Das ist keine Mappe-Sicherung, oder sie ist beschädigt.
backup-storage-note = Ihr Browser kann gespeicherte Daten löschen, wenn der Platz knapp wird. Machen Sie eine Sicherung oder gleichen Sie ab.

## Fehler, nach dem Code aus dem Kern (docs/wasm-api.md).

error-wrong_passphrase = Das Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.
error-integrity = Die gespeicherten Daten sind beschädigt oder wurden verändert. Nichts wurde geändert oder überschrieben. Holen Sie eine Sicherung zurück oder gleichen Sie ab.
error-format = Das ist keine Mappe-Datei, oder sie ist von einer neueren Version.
error-recovery_code = Der Wiederherstellungscode ist falsch eingegeben. Prüfen Sie jede Gruppe.
error-bad_input = Dieser Wert wird nicht angenommen. Bitte prüfen Sie ihn.
error-not_found = Diesen Eintrag gibt es nicht mehr.
error-too_large = Das ist zu groß.
error-unreachable = Das Relay ist nicht erreichbar. Prüfen Sie die Internetverbindung.
error-relay = Das Relay hat das abgelehnt. Bitte versuchen Sie es später noch einmal.
error-withheld = Dem Relay fehlen Änderungen, die dieses Handy schon hat. Nichts wurde zusammengeführt. Nehmen Sie ein anderes Relay oder fragen Sie nach Hilfe.
error-revoked = Diese Freigabe wurde zurückgezogen.
error-expired = Diese Freigabe ist abgelaufen.
error-used_up = Diese Freigabe wurde so oft geöffnet wie erlaubt.
error-internal = In Mappe ist etwas schiefgegangen. Bitte sagen Sie es den Leuten, die Mappe betreuen.
error-storage = Der Browser konnte die Daten nicht speichern. Machen Sie Platz frei und versuchen Sie es noch einmal.
error-camera = Die Kamera konnte nicht gestartet werden.
error-detail = Genauer: { $detail }
`;var Et=`### Mappe app (the person's wallet at /app/): English (source language).
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
`;var xt=`### Mappe app: Arabic (العربية).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = أوراقك على هاتفك، مشفّرة.
language-self = العربية
language = اللغة
loading = جارٍ التحميل …
back = رجوع
cancel = إلغاء
save = حفظ
edit = تعديل
remove = حذف
yes-remove = نعم، احذف
close = إغلاق
next = التالي
print = طباعة
lock = قفل
working = لحظة من فضلك …

## Start.

start-create-title = إنشاء محفظة جديدة
start-create-intro = اختر كلمة مرور. ستحتاجها في كل مرة تفتح فيها Mappe. لا أحد يستطيع إعادة تعيينها لك.
passphrase = كلمة المرور
passphrase-again = كلمة المرور مرة أخرى
passphrase-mismatch = كلمتا المرور غير متطابقتين.
passphrase-short = يرجى استخدام 8 أحرف على الأقل.
create = إنشاء المحفظة
start-unlock-title = افتح محفظتك
unlock = فتح
start-forgot = نسيت كلمة المرور أو هاتف جديد؟
start-recover = الاستعادة برمز الاستعادة
start-new-instead = إنشاء محفظة جديدة بدلاً من ذلك

recovery-title = رمز الاستعادة الخاص بك
recovery-intro = اكتب هذا الرمز على ورقة أو اطبعه. احفظه في مكان آمن بعيداً عن هاتفك.
recovery-once = يظهر الآن فقط. من يملكه يستطيع فتح محفظتك.
recovery-written = لقد كتبته
recovery-confirm-title = تحقّق من رمز الاستعادة
# $n: رقم المجموعة.
recovery-confirm-group = المجموعة { $n }
recovery-confirm-wrong = هذا غير مطابق. انظر إلى ورقتك مرة أخرى.
recovery-confirm-ok = تأكيد
recovery-show-again = اعرض الرمز مرة أخرى

recover-title = استعادة محفظتك
recover-intro = اكتب رمز الاستعادة واختر كلمة مرور جديدة.
recover-code = رمز الاستعادة
recover-relay = عنوان الخادم الوسيط (إذا كانت محفظتك متزامنة)
recover-relay-hint = اتركه كما هو إذا كنت لا تعرف. عندها تبدأ المحفظة فارغة.
recover-go = استعادة
recover-synced = أُعيدت محفظتك من الخادم الوسيط.
recover-empty = عادت مفاتيحك. المحفظة فارغة حتى تقوم بمزامنتها.

locked-idle = قُفلت بعد 5 دقائق دون استخدام.

## Home.

home-title = أوراقي
section-profile = معلوماتي
section-cv = السيرة الذاتية
section-certificates = الشهادات
section-residence = أوراق الإقامة
nav-home = الأوراق
nav-share = مشاركة
nav-shares = مشاركاتي
nav-sync = مزامنة
nav-backup = نسخة احتياطية
empty-section = لا يوجد شيء هنا بعد.
add = إضافة
add-cv = إضافة إلى السيرة الذاتية
add-certificate = إضافة شهادة
add-residence = إضافة ورقة إقامة
remove-confirm = حذف هذا الإدخال؟ ستُحذف صورته الممسوحة أيضاً.
saved = تم الحفظ.
fingerprint = مفتاحك: { $fingerprint }

## Profile.

profile-given_names = الأسماء الأولى
profile-family_name = اسم العائلة
profile-aliases = أسماء أخرى (اسم في كل سطر)
profile-birth_date = تاريخ الميلاد
profile-birth_place = مكان الميلاد
profile-nationality = الجنسية
profile-languages = اللغات (لغة في كل سطر، مثل "Arabic:native" أو "Deutsch:B1")
profile-contact_phone = الهاتف
profile-contact_email = البريد الإلكتروني
profile-contact_address = العنوان
profile-edit = تعديل المعلومات
not-set = غير محدد

## Items.

field-kind = النوع
field-title = العنوان
field-organisation = المدرسة أو صاحب العمل أو مقدّم الدورة
field-place = المكان
field-from = من
field-to = إلى
field-description = الوصف
field-issuer = الجهة المُصدِرة
field-issued_on = تاريخ الإصدار
field-cefr_level = المستوى
field-exam = الامتحان
field-number = رقم الوثيقة
field-valid_until = صالح حتى
field-authority = الجهة الرسمية
field-scan = صورة ممسوحة
scan-camera = التقط صورة
scan-file = اختر ملفاً
scan-show = اعرض الصورة
scan-hint = صورة (JPEG، PNG) أو PDF.
scan-bad-type = يرجى اختيار ملف JPEG أو PNG أو PDF.
date-hint = السنة، أو السنة والشهر، أو التاريخ كاملاً.

kind-education = مدرسة أو دراسة
kind-work = عمل
kind-training = تدريب أو دورة
kind-other = أخرى
kind-language = شهادة لغة
kind-qualification = مؤهل
kind-recognition = معادلة مؤهل أجنبي
kind-aufenthaltserlaubnis = تصريح إقامة (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = إقامة دائمة (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = إذن بالبقاء أثناء اللجوء (Aufenthaltsgestattung)
kind-duldung = تعليق الترحيل (Duldung)
kind-fiktionsbescheinigung = شهادة مؤقتة (Fiktionsbescheinigung)
kind-visa = تأشيرة
kind-eu_citizen = مواطن من الاتحاد الأوروبي
level-none = بدون مستوى

## Share.

share-title = المشاركة مع دائرة رسمية
share-what = ماذا تريد أن تُظهر؟
share-nothing = اختر شيئاً واحداً على الأقل للمشاركة.
share-expiry = لأي مدة؟
# $days: 7 أو 30 أو 90.
share-days = { $days ->
    [one] يوم واحد
   *[other] { $days } يوماً
}
share-opens = كم مرة يمكن فتحها؟
share-opens-unlimited = بقدر ما يلزم
# $count: 1 أو 3 أو 10.
share-opens-count = { $count ->
    [one] مرة واحدة
   *[other] { $count } مرات
}
share-live = هل تُرسَل التصحيحات والإضافات اللاحقة أيضاً؟
share-live-yes = نعم، أرسل التغييرات
share-live-no = لا، فقط كما هي الآن
share-who = من يستطيع فتحها؟
share-who-anyone = أي شخص أُريه الرمز
share-who-office = دائرة واحدة فقط (امسح بطاقتها)
share-scan-card = امسح بطاقة الدائرة
share-card-file = اختر ملف البطاقة
# $name: اسم الدائرة؛ $fingerprint: مفتاحها.
share-office = الدائرة: { $name } ({ $fingerprint })
share-purpose = لأي غرض؟ (اختياري)
share-preview = مراجعة
share-consent-title = يرجى القراءة قبل المشاركة
share-confirm = نعم، شارك
share-qr-title = أظهر هذا الرمز للدائرة
share-qr-done = تم
share-relay-needed = المشاركة تحتاج إلى الإنترنت. حاول مرة أخرى عندما تكون متصلاً.

## Scanning.

scan-title = ضع بطاقة الدائرة أمام الكاميرا
scan-no-camera = لا يمكن استخدام الكاميرا. اختر ملف البطاقة بدلاً من ذلك.
scan-no-code = لم يُعثر على رمز بطاقة دائرة.

## My shares.

shares-title = مشاركاتي
shares-none = لم تشارك شيئاً بعد.
shares-refresh = تحديث
status-active = نشطة
status-pending = جارٍ الرفع
status-revoked = مسحوبة
status-expired = منتهية
status-used_up = استُنفدت
status-unknown = الحالة غير معروفة
# $date: تاريخ ووقت.
shares-until = صالحة حتى { $date }
# $count: عدد مرات الفتح.
shares-opened = { $count ->
    [0] لم تُفتح بعد
    [one] فُتحت مرة واحدة
   *[other] فُتحت { $count } مرات
}
# $date: تاريخ ووقت؛ $by: من فتحها.
shares-log-line = { $date }: { $by }
shares-by-bearer = شخص لديه الرمز
shares-for-anyone = لأي شخص لديه الرمز
# $name: اسم الدائرة.
shares-for-office = لـ { $name }
shares-live = تُرسل التصحيحات والإضافات
shares-revoke = سحب
shares-revoke-title = سحب هذه المشاركة؟
shares-revoke-warning = السحب يمنع أي فتح لاحق. لكنه لا يستطيع استرجاع ما فُتح أو شوهد أو حُفظ من قبل.
shares-revoke-yes = نعم، اسحبها
shares-revoked = تم سحب المشاركة.
shares-offline = أنت غير متصل. القائمة من آخر تحديث.

## Sync.

sync-title = المزامنة
sync-intro = اجعل محفظتك متطابقة على هاتفك وأجهزتك الأخرى. الخادم الوسيط يحفظها مشفّرة.
sync-relay = عنوان الخادم الوسيط
sync-now = زامن الآن
sync-never = لم تتم المزامنة بعد.
# $date: تاريخ ووقت.
sync-last = آخر مزامنة: { $date }
sync-ok = تمت المزامنة.
# $count: عدد التغييرات.
sync-report = { $count ->
    [0] لا جديد.
    [one] تغيير واحد.
   *[other] { $count } تغييرات.
}
sync-offline = أنت غير متصل. ستتم المزامنة عندما تعود متصلاً.
sync-queued = بانتظار الإنترنت.

## Backup.

backup-title = نسخة احتياطية
backup-intro = احفظ ملف النسخة الاحتياطية في مكان آمن (ذاكرة USB، بريدك الإلكتروني). إنه مشفّر: بدون كلمة مرورك لا يستطيع أحد قراءته.
backup-export = احفظ ملف النسخة الاحتياطية
backup-restore = الاستعادة من ملف نسخة احتياطية
backup-restore-warning = الاستعادة تستبدل المحفظة على هذا الهاتف. افتحها بعد ذلك بكلمة مرور النسخة الاحتياطية.
backup-restored = تمت استعادة النسخة الاحتياطية. افتحها بكلمة مرورها.
backup-bad = هذا ليس ملف نسخة احتياطية من Mappe، أو أنه تالف.
backup-storage-note = قد يحذف متصفحك البيانات المحفوظة عندما تقل المساحة. احتفظ بنسخة احتياطية أو قم بالمزامنة.

## Errors.

error-wrong_passphrase = كلمة المرور غير صحيحة. يرجى المحاولة مرة أخرى.
error-integrity = البيانات المحفوظة تالفة أو تم تغييرها. لم يُغيَّر أو يُستبدل أي شيء. استعد نسخة احتياطية أو قم بالمزامنة.
error-format = هذا ليس ملف Mappe، أو أنه من إصدار أحدث.
error-recovery_code = رمز الاستعادة مكتوب بشكل خاطئ. تحقّق من كل مجموعة.
error-bad_input = هذه القيمة غير مقبولة. يرجى التحقق منها.
error-not_found = هذا الإدخال لم يعد موجوداً.
error-too_large = هذا كبير جداً.
error-unreachable = لا يمكن الوصول إلى الخادم الوسيط. تحقّق من اتصال الإنترنت.
error-relay = رفض الخادم الوسيط ذلك. يرجى المحاولة لاحقاً.
error-withheld = تنقص الخادمَ الوسيط تغييراتٌ موجودة على هذا الهاتف. لم يُدمج شيء. جرّب خادماً آخر أو اطلب المساعدة.
error-revoked = تم سحب هذه المشاركة.
error-expired = انتهت صلاحية هذه المشاركة.
error-used_up = فُتحت هذه المشاركة بقدر المسموح.
error-internal = حدث خطأ داخل Mappe. يرجى إخبار القائمين على Mappe.
error-storage = لم يستطع المتصفح حفظ البيانات. أفرغ بعض المساحة وحاول مرة أخرى.
error-camera = تعذّر تشغيل الكاميرا.
error-detail = تفاصيل: { $detail }
`;var $t=`### Mappe app: Ukrainian (українська).
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
`;var _t=`### Mappe app: Persian (فارسی).
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
`;var At=`### Mappe app: Turkish (Türkçe).
### UNREVIEWED: machine-made translation, not yet checked by a native speaker (docs/app.md).
### Same message ids and variables as en.ftl (checked by app/test/unit/).

app-name = Mappe
app-tagline = Belgeleriniz telefonunuzda, şifreli.
language-self = Türkçe
language = Dil
loading = Yükleniyor …
back = Geri
cancel = İptal
save = Kaydet
edit = Düzenle
remove = Sil
yes-remove = Evet, sil
close = Kapat
next = İleri
print = Yazdır
lock = Kilitle
working = Bir dakika …

## Start.

start-create-title = Yeni cüzdan oluştur
start-create-intro = Bir parola seçin. Mappe'yi her açtığınızda buna ihtiyacınız var. Kimse onu sizin için sıfırlayamaz.
passphrase = Parola
passphrase-again = Parola tekrar
passphrase-mismatch = İki parola aynı değil.
passphrase-short = Lütfen en az 8 karakter kullanın.
create = Cüzdan oluştur
start-unlock-title = Cüzdanınızı açın
unlock = Aç
start-forgot = Parolanızı mı unuttunuz, yoksa yeni telefon mu?
start-recover = Kurtarma koduyla geri getir
start-new-instead = Bunun yerine yeni cüzdan oluştur

recovery-title = Kurtarma kodunuz
recovery-intro = Bu kodu kâğıda yazın veya yazdırın. Telefonunuzdan uzakta, güvenli bir yerde saklayın.
recovery-once = Yalnızca şimdi gösterilir. Ona sahip olan herkes cüzdanınızı açabilir.
recovery-written = Yazdım
recovery-confirm-title = Kurtarma kodunuzu kontrol edin
# $n: grubun numarası.
recovery-confirm-group = Grup { $n }
recovery-confirm-wrong = Bu eşleşmiyor. Kâğıdınıza tekrar bakın.
recovery-confirm-ok = Onayla
recovery-show-again = Kodu tekrar göster

recover-title = Cüzdanınızı geri getirin
recover-intro = Kurtarma kodunuzu yazın ve yeni bir parola seçin.
recover-code = Kurtarma kodu
recover-relay = Aktarma sunucusunun adresi (cüzdanınız eşitlendiyse)
recover-relay-hint = Bilmiyorsanız olduğu gibi bırakın. O zaman cüzdan boş başlar.
recover-go = Geri getir
recover-synced = Cüzdanınız aktarma sunucusundan geri getirildi.
recover-empty = Anahtarlarınız geri geldi. Cüzdan, eşitleyene kadar boş.

locked-idle = 5 dakika kullanılmadığı için kilitlendi.

## Home.

home-title = Belgelerim
section-profile = Hakkımda
section-cv = Özgeçmiş
section-certificates = Sertifikalar
section-residence = İkamet belgeleri
nav-home = Belgeler
nav-share = Paylaş
nav-shares = Paylaşımlar
nav-sync = Eşitle
nav-backup = Yedek
empty-section = Burada henüz bir şey yok.
add = Ekle
add-cv = Özgeçmişe ekle
add-certificate = Sertifika ekle
add-residence = İkamet belgesi ekle
remove-confirm = Bu kayıt silinsin mi? Taraması da silinir.
saved = Kaydedildi.
fingerprint = Anahtarınız: { $fingerprint }

## Profile.

profile-given_names = Adlar
profile-family_name = Soyadı
profile-aliases = Diğer adlar (her satıra bir tane)
profile-birth_date = Doğum tarihi
profile-birth_place = Doğum yeri
profile-nationality = Uyruk
profile-languages = Diller (her satıra bir tane, örneğin "Turkish:native" veya "Deutsch:B1")
profile-contact_phone = Telefon
profile-contact_email = E-posta
profile-contact_address = Adres
profile-edit = Bilgileri düzenle
not-set = girilmedi

## Items.

field-kind = Tür
field-title = Başlık
field-organisation = Okul, işveren veya kurs düzenleyicisi
field-place = Yer
field-from = Başlangıç
field-to = Bitiş
field-description = Açıklama
field-issuer = Veren kurum
field-issued_on = Veriliş tarihi
field-cefr_level = Seviye
field-exam = Sınav
field-number = Belge numarası
field-valid_until = Geçerlilik sonu
field-authority = Makam
field-scan = Tarama
scan-camera = Fotoğraf çek
scan-file = Dosya seç
scan-show = Taramayı göster
scan-hint = Fotoğraf (JPEG, PNG) veya PDF.
scan-bad-type = Lütfen bir JPEG, PNG veya PDF dosyası seçin.
date-hint = Yıl, ya da yıl ve ay, ya da tam tarih.

kind-education = Okul veya öğrenim
kind-work = İş
kind-training = Mesleki eğitim veya kurs
kind-other = Diğer
kind-language = Dil sertifikası
kind-qualification = Diploma veya mesleki yeterlilik
kind-recognition = Yabancı diplomanın denkliği
kind-aufenthaltserlaubnis = Oturma izni (Aufenthaltserlaubnis)
kind-niederlassungserlaubnis = Süresiz oturma izni (Niederlassungserlaubnis)
kind-aufenthaltsgestattung = İltica sürecinde kalış izni (Aufenthaltsgestattung)
kind-duldung = Sınır dışı etmenin ertelenmesi (Duldung)
kind-fiktionsbescheinigung = Geçici belge (Fiktionsbescheinigung)
kind-visa = Vize
kind-eu_citizen = AB vatandaşı
level-none = seviye yok

## Share.

share-title = Bir kurumla paylaş
share-what = Neyi göstermek istiyorsunuz?
share-nothing = Paylaşmak için en az bir şey seçin.
share-expiry = Ne kadar süre?
# $days: 7, 30 veya 90.
share-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
share-opens = Kaç kez açılabilir?
share-opens-unlimited = Gerektiği kadar
# $count: 1, 3 veya 10.
share-opens-count = { $count ->
    [one] Bir kez
   *[other] { $count } kez
}
share-live = Sonraki düzeltmeler ve yeni kayıtlar da gönderilsin mi?
share-live-yes = Evet, değişiklikleri gönder
share-live-no = Hayır, yalnızca şu anki hâli
share-who = Kim açabilir?
share-who-anyone = Kodu gösterdiğim herkes
share-who-office = Yalnızca bir kurum (kartını tarayın)
share-scan-card = Kurumun kartını tara
share-card-file = Kart dosyasını seç
# $name: kurumun adı; $fingerprint: anahtarı.
share-office = Kurum: { $name } ({ $fingerprint })
share-purpose = Ne için? (isteğe bağlı)
share-preview = Kontrol et
share-consent-title = Lütfen paylaşmadan önce okuyun
share-confirm = Evet, paylaş
share-qr-title = Bu kodu kuruma gösterin
share-qr-done = Bitti
share-relay-needed = Paylaşmak için internet gerekir. Çevrimiçi olduğunuzda tekrar deneyin.

## Scanning.

scan-title = Kurumun kartını kameraya tutun
scan-no-camera = Kamera kullanılamıyor. Bunun yerine kart dosyasını seçin.
scan-no-code = Kurum kartı kodu bulunamadı.

## My shares.

shares-title = Paylaşımlarım
shares-none = Henüz hiçbir şey paylaşmadınız.
shares-refresh = Güncelle
status-active = Etkin
status-pending = Yükleniyor
status-revoked = Geri alındı
status-expired = Süresi doldu
status-used_up = Hakkı bitti
status-unknown = Durum bilinmiyor
# $date: tarih ve saat.
shares-until = Geçerlilik sonu: { $date }
# $count: kaç kez açıldığı.
shares-opened = { $count ->
    [0] Henüz açılmadı
    [one] Bir kez açıldı
   *[other] { $count } kez açıldı
}
# $date: tarih ve saat; $by: kimin açtığı.
shares-log-line = { $date }: { $by }
shares-by-bearer = kodu olan biri
shares-for-anyone = Kodu olan herkes için
# $name: kurumun adı.
shares-for-office = { $name } için
shares-live = Düzeltmeleri ve yeni kayıtları gönderir
shares-revoke = Geri al
shares-revoke-title = Bu paylaşım geri alınsın mı?
shares-revoke-warning = Geri almak, sonraki her açılışı durdurur. Ancak daha önce açılmış, görülmüş veya kaydedilmiş olanı geri getiremez.
shares-revoke-yes = Evet, geri al
shares-revoked = Paylaşım geri alındı.
shares-offline = Çevrimdışısınız. Liste son güncellemeden.

## Sync.

sync-title = Eşitleme
sync-intro = Cüzdanınızı telefonunuzda ve diğer cihazlarınızda aynı tutun. Aktarma sunucusu onu şifreli saklar.
sync-relay = Aktarma sunucusunun adresi
sync-now = Şimdi eşitle
sync-never = Henüz eşitlenmedi.
# $date: tarih ve saat.
sync-last = Son eşitleme: { $date }
sync-ok = Eşitlendi.
# $count: kaç değişiklik.
sync-report = { $count ->
    [0] Yeni bir şey yok.
    [one] 1 değişiklik.
   *[other] { $count } değişiklik.
}
sync-offline = Çevrimdışısınız. Mappe tekrar çevrimiçi olduğunuzda eşitleyecek.
sync-queued = İnternet bekleniyor.

## Backup.

backup-title = Yedek
backup-intro = Bir yedek dosyasını güvenli bir yere kaydedin (USB bellek, e-postanız). Şifrelidir: parolanız olmadan kimse okuyamaz.
backup-export = Yedek dosyasını kaydet
backup-restore = Yedek dosyasından geri yükle
backup-restore-warning = Geri yükleme, bu telefondaki cüzdanın yerini alır. Sonra onu yedeğin parolasıyla açın.
backup-restored = Yedek geri yüklendi. Parolasıyla açın.
backup-bad = Bu bir Mappe yedeği değil veya bozuk.
backup-storage-note = Tarayıcınız yer azaldığında kayıtlı verileri silebilir. Yedek alın veya eşitleyin.

## Errors.

error-wrong_passphrase = Parola doğru değil. Lütfen tekrar deneyin.
error-integrity = Kayıtlı veriler bozuk veya değiştirilmiş. Hiçbir şey değiştirilmedi veya üzerine yazılmadı. Bir yedeği geri yükleyin veya eşitleyin.
error-format = Bu bir Mappe dosyası değil veya daha yeni bir sürümden.
error-recovery_code = Kurtarma kodu yanlış yazılmış. Her grubu kontrol edin.
error-bad_input = Bu değer kabul edilmiyor. Lütfen kontrol edin.
error-not_found = Bu kayıt artık yok.
error-too_large = Bu çok büyük.
error-unreachable = Aktarma sunucusuna ulaşılamıyor. İnternet bağlantısını kontrol edin.
error-relay = Aktarma sunucusu bunu reddetti. Lütfen daha sonra tekrar deneyin.
error-withheld = Aktarma sunucusunda bu telefonun zaten sahip olduğu değişiklikler eksik. Hiçbir şey birleştirilmedi. Başka bir sunucu deneyin veya yardım isteyin.
error-revoked = Bu paylaşım geri alındı.
error-expired = Bu paylaşımın süresi doldu.
error-used_up = Bu paylaşım izin verilen kadar açıldı.
error-internal = Mappe'de bir şeyler ters gitti. Lütfen Mappe ile ilgilenen kişilere bildirin.
error-storage = Tarayıcı verileri kaydedemedi. Biraz yer açın ve tekrar deneyin.
error-camera = Kamera başlatılamadı.
error-detail = Ayrıntı: { $detail }
`;var q=class{constructor(t){this.value=t}valueOf(){return this.value}},S=class extends q{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},N=class extends q{constructor(t,r={}){super(t),this.opts=r}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return this.value.toString(10)}},V=class e extends q{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof q)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let r=globalThis.Temporal;if(t instanceof r.Instant||t instanceof r.PlainDateTime||t instanceof r.PlainDate||t instanceof r.PlainMonthDay||t instanceof r.PlainTime||t instanceof r.PlainYearMonth)return!0}return!1}constructor(t,r={}){t instanceof e?(r={...t.opts,...r},t=t.value):t instanceof q&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&r.calendar===void 0&&(r={...r,calendar:t.calendarId}),super(t),this.opts=r}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Dt=100,Tr="⁨",Mr="⁩";function Nr(e,t,r){if(r===t||r instanceof N&&t instanceof N&&r.value===t.value)return!0;if(t instanceof N&&typeof r=="string"){let n=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(r===n)return!0}return!1}function zt(e,t,r){return t[r]?ce(e,t[r].value):(e.reportError(new RangeError("No default")),new S)}function je(e,t){let r=[],n=Object.create(null);for(let a of t)a.type==="narg"?n[a.name]=fe(e,a.value):r.push(fe(e,a));return{positional:r,named:n}}function fe(e,t){switch(t.type){case"str":return t.value;case"num":return new N(t.value,{minimumFractionDigits:t.precision});case"var":return Ir(e,t);case"mesg":return Cr(e,t);case"term":return Rr(e,t);case"func":return Lr(e,t);case"select":return Or(e,t);default:return new S}}function Ir(e,{name:t}){let r;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))r=e.params[t];else return new S(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))r=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new S(`$${t}`);if(r instanceof q)return r;switch(typeof r){case"string":return r;case"number":return new N(r);case"object":if(V.supportsValue(r))return new V(r);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof r}`)),new S(`$${t}`)}}function Cr(e,{name:t,attr:r}){let n=e.bundle._messages.get(t);if(!n)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new S(t);if(r){let a=n.attributes[r];return a?ce(e,a):(e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new S(`${t}.${r}`))}return n.value?ce(e,n.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new S(t))}function Rr(e,{name:t,attr:r,args:n}){let a=`-${t}`,s=e.bundle._terms.get(a);if(!s)return e.reportError(new ReferenceError(`Unknown term: ${a}`)),new S(a);if(r){let o=s.attributes[r];if(o){e.params=je(e,n).named;let u=ce(e,o);return e.params=null,u}return e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new S(`${a}.${r}`)}e.params=je(e,n).named;let c=ce(e,s.value);return e.params=null,c}function Lr(e,{name:t,args:r}){let n=e.bundle._functions[t];if(!n)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new S(`${t}()`);if(typeof n!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new S(`${t}()`);try{let a=je(e,r);return n(a.positional,a.named)}catch(a){return e.reportError(a),new S(`${t}()`)}}function Or(e,{selector:t,variants:r,star:n}){let a=fe(e,t);if(a instanceof S)return zt(e,r,n);for(let s of r){let c=fe(e,s.key);if(Nr(e,a,c))return ce(e,s.value)}return zt(e,r,n)}function Ke(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new S;e.dirty.add(t);let r=[],n=e.bundle._useIsolating&&t.length>1;for(let a of t){if(typeof a=="string"){r.push(e.bundle._transform(a));continue}if(e.placeables++,e.placeables>Dt)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Dt}`);n&&r.push(Tr),r.push(fe(e,a).toString(e)),n&&r.push(Mr)}return e.dirty.delete(t),r.join("")}function ce(e,t){return typeof t=="string"?e.bundle._transform(t):Ke(e,t)}var De=class{constructor(t,r,n){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=r,this.args=n}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,r){let n=this.bundle._intls.get(t);n||(n={},this.bundle._intls.set(t,n));let a=JSON.stringify(r);return n[a]||(n[a]=new t(this.bundle.locales,r)),n[a]}};function We(e,t){let r=Object.create(null);for(let[n,a]of Object.entries(e))t.includes(n)&&(r[n]=a.valueOf());return r}var Bt=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Pt(e,t){let r=e[0];if(r instanceof S)return new S(`NUMBER(${r.valueOf()})`);if(r instanceof N)return new N(r.valueOf(),{...r.opts,...We(t,Bt)});if(r instanceof V)return new N(r.toNumber(),{...We(t,Bt)});throw new TypeError("Invalid argument to NUMBER")}var Fr=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Tt(e,t){let r=e[0];if(r instanceof S)return new S(`DATETIME(${r.valueOf()})`);if(r instanceof V||r instanceof N)return new V(r,We(t,Fr));throw new TypeError("Invalid argument to DATETIME")}var Mt=new Map;function Nt(e){let t=Array.isArray(e)?e.join(" "):e,r=Mt.get(t);return r===void 0&&(r=new Map,Mt.set(t,r)),r}var me=class{constructor(t,{functions:r,useIsolating:n=!0,transform:a=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:Pt,DATETIME:Tt,...r},this._useIsolating=n,this._transform=a,this._intls=Nt(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:r=!1}={}){let n=[];for(let a=0;a<t.body.length;a++){let s=t.body[a];if(s.id.startsWith("-")){if(r===!1&&this._terms.has(s.id)){n.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(r===!1&&this._messages.has(s.id)){n.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return n}formatPattern(t,r=null,n=null){if(typeof t=="string")return this._transform(t);let a=new De(this,n,r);try{return Ke(a,t).toString(a)}catch(s){if(a.errors&&s instanceof Error)return a.errors.push(s),new S().toString(a);throw s}}};var Ue=/^(-?[a-zA-Z][\w-]*) *= */gm,It=/\.([a-zA-Z][\w-]*) *= */y,jr=/\*?\[/y,Ge=/(-?[0-9]+(?:\.([0-9]+))?)/y,Kr=/([a-zA-Z][\w-]*)/y,Ct=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Wr=/^[A-Z][A-Z0-9_-]*$/,ze=/([^{}\n\r]+)/y,Ur=/([^\\"\n\r]*)/y,Rt=/\\([\\"])/y,Lt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Gr=/^\n+/,Ot=/ +$/,qr=/ *\r?\n/g,Vr=/( *)$/,Yr=/{\s*/y,Ft=/\s*}/y,Hr=/\[\s*/y,Zr=/\s*] */y,Jr=/\s*\(\s*/y,Qr=/\s*->\s*/y,Xr=/\s*:\s*/y,en=/\s*,?\s*/y,tn=/\s+/y,ye=class{constructor(t){this.body=[],Ue.lastIndex=0;let r=0;for(;;){let d=Ue.exec(t);if(d===null)break;r=Ue.lastIndex;try{this.body.push(u(d[1]))}catch(p){if(p instanceof SyntaxError)continue;throw p}}function n(d){return d.lastIndex=r,d.test(t)}function a(d,p){if(t[r]===d)return r++,!0;if(p)throw new p(`Expected ${d}`);return!1}function s(d,p){if(n(d))return r=d.lastIndex,!0;if(p)throw new p(`Expected ${d.toString()}`);return!1}function c(d){d.lastIndex=r;let p=d.exec(t);if(p===null)throw new SyntaxError(`Expected ${d.toString()}`);return r=d.lastIndex,p}function o(d){return c(d)[1]}function u(d){let p=g(),$=l();if(p===null&&Object.keys($).length===0)throw new SyntaxError("Expected message value or attributes");return{id:d,value:p,attributes:$}}function l(){let d=Object.create(null);for(;n(It);){let p=o(It),$=g();if($===null)throw new SyntaxError("Expected attribute value");d[p]=$}return d}function g(){let d;if(n(ze)&&(d=o(ze)),t[r]==="{"||t[r]==="}")return m(d?[d]:[],1/0);let p=X();return p?d?m([d,p],p.length):(p.value=Fe(p.value,Gr),m([p],p.length)):d?Fe(d,Ot):null}function m(d=[],p){for(;;){if(n(ze)){d.push(o(ze));continue}if(t[r]==="{"){d.push(E());continue}if(t[r]==="}")throw new SyntaxError("Unbalanced closing brace");let G=X();if(G){d.push(G),p=Math.min(p,G.length);continue}break}let $=d.length-1,re=d[$];typeof re=="string"&&(d[$]=Fe(re,Ot));let he=[];for(let G of d)G instanceof Be&&(G=G.value.slice(0,G.value.length-p)),G&&he.push(G);return he}function E(){s(Yr,SyntaxError);let d=x();if(s(Ft))return d;if(s(Qr)){let p=w();return s(Ft,SyntaxError),{type:"select",selector:d,...p}}throw new SyntaxError("Unclosed placeable")}function x(){if(t[r]==="{")return E();if(n(Ct)){let[,d,p,$=null]=c(Ct);if(d==="$")return{type:"var",name:p};if(s(Jr)){let re=D();if(d==="-")return{type:"term",name:p,attr:$,args:re};if(Wr.test(p))return{type:"func",name:p,args:re};throw new SyntaxError("Function names must be all upper-case")}return d==="-"?{type:"term",name:p,attr:$,args:[]}:{type:"mesg",name:p,attr:$}}return b()}function D(){let d=[];for(;;){switch(t[r]){case")":return r++,d;case void 0:throw new SyntaxError("Unclosed argument list")}d.push(M()),s(en)}}function M(){let d=x();return d.type!=="mesg"?d:s(Xr)?{type:"narg",name:d.name,value:b()}:d}function w(){let d=[],p=0,$;for(;n(jr);){a("*")&&($=p);let re=v(),he=g();if(he===null)throw new SyntaxError("Expected variant value");d[p++]={key:re,value:he}}if(p===0)return null;if($===void 0)throw new SyntaxError("Expected default variant");return{variants:d,star:$}}function v(){s(Hr,SyntaxError);let d;return n(Ge)?d=B():d={type:"str",value:o(Kr)},s(Zr,SyntaxError),d}function b(){if(n(Ge))return B();if(t[r]==='"')return T();throw new SyntaxError("Invalid expression")}function B(){let[,d,p=""]=c(Ge),$=p.length;return{type:"num",value:parseFloat(d),precision:$}}function T(){a('"',SyntaxError);let d="";for(;;){if(d+=o(Ur),t[r]==="\\"){d+=W();continue}if(a('"'))return{type:"str",value:d};throw new SyntaxError("Unclosed string literal")}}function W(){if(n(Rt))return o(Rt);if(n(Lt)){let[,d,p]=c(Lt),$=parseInt(d||p,16);return $<=55295||57344<=$?String.fromCodePoint($):"�"}throw new SyntaxError("Unknown escape sequence")}function X(){let d=r;switch(s(tn),t[r]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return wt(t.slice(d,r))}return t[r-1]===" "?wt(t.slice(d,r)):!1}function Fe(d,p){return d.replace(p,"")}function wt(d){let p=d.replace(qr,`
`),$=Vr.exec(d)[1].length;return new Be(p,$)}}},Be=class{constructor(t,r){this.value=t,this.length=r}};var le=["de","en","ar","uk","fa","tr"];function qe(e,t){if(le.includes(e))return e;for(let r of t||[]){let n=String(r).toLowerCase().split("-")[0];if(le.includes(n))return n}return"de"}var jt={},rn=new Set(["ar","fa"]),Ve=new Map,ge="de";function Kt(e){jt=e,Ve.clear()}function nn(e){let t=Ve.get(e);return t||(t=new me(e),t.addResource(new ye(jt[e])),Ve.set(e,t)),t}function Ye(e){ge=le.includes(e)?e:"de",document.documentElement.lang=ge,document.documentElement.dir=He(ge)?"rtl":"ltr"}var O=()=>ge,He=e=>rn.has(e);function f(e,t,r=ge){let n=nn(r),a=n.getMessage(e);if(!a||!a.value)return e;let s=[];return n.formatPattern(a.value,t,s)}var Wt=e=>f("language-self",void 0,e);Kt({de:St,en:Et,ar:xt,uk:$t,fa:_t,tr:At});function i(e,t={},...r){let n=document.createElement(e);for(let[a,s]of Object.entries(t||{}))if(!(s===!1||s===null||s===void 0))if(a==="text")n.textContent=s;else if(a==="on")for(let[c,o]of Object.entries(s))n.addEventListener(c,o);else a==="class"?n.className=s:a==="value"?n.value=s:a==="checked"?n.checked=!!s:n.setAttribute(a,s===!0?"":String(s));for(let a of r.flat())a==null||a===!1||n.append(typeof a=="string"?document.createTextNode(a):a);return n}var h=(e,t,r,n={})=>i(e,{...n,text:f(t,r),"data-t":t}),y=(e,t,r={})=>i("button",{type:"button",...r,class:`btn ${r.class||""}`.trim(),text:f(e),"data-t":e,on:{click:t}});function P(e,t,r){let n=`f-${e}-${Math.random().toString(36).slice(2,8)}`;t.id=n;let a=i("div",{class:"field"},i("label",{for:n,text:f(e),"data-t":e}),t);return r&&a.append(i("p",{class:"hint",text:f(r)})),{row:a,input:t}}function A(e,...t){e.replaceChildren(...t.flat().filter(Boolean)),window.scrollTo(0,0)}function ee(e){let t=e&&e.appCode?e.appCode:e&&e.name==="MappeError"&&e.code?e.code:"internal",r=e&&e.appCode?e.appCode:`error-${t}`,n=i("div",{class:"notice error",role:"alert","data-error":t},i("p",{text:f(r,e&&e.args)}));return t==="bad_input"&&e.message&&n.append(i("p",{class:"detail",dir:"auto",text:f("error-detail",{detail:e.message})})),t==="internal"&&e&&console.warn("mappe internal error",e),n}var z=(e,t,r="info")=>i("div",{class:`notice ${r}`,role:"status","data-notice":e},i("p",{text:f(e,t)}));function ke(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"medium",timeStyle:"short"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString()}}async function _(e,t,r){e.disabled=!0,t.replaceChildren();try{return await r()}catch(n){t.replaceChildren(ee(n));return}finally{e.disabled=!1}}function F(e,t){let r=new Error(t||e);return r.appCode=e,r}Z();te();J();Z();te();J();Z();te();var ht="mappe-backup/1";function ut(e){let t="";for(let r=0;r<e.length;r+=32768)t+=String.fromCharCode(...e.subarray(r,r+32768));return btoa(t)}function pt(e){if(typeof e!="string"||!/^[A-Za-z0-9+/]*={0,2}$/.test(e))throw new Error("not base64");let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r}function lr({keystore:e,wallet:t,attachments:r}){return JSON.stringify({format:ht,keystore:ut(e),wallet:ut(t),attachments:r.map(([n,a])=>[n,ut(a)])})}function dr(e){let t=JSON.parse(e);if(!t||typeof t!="object"||t.format!==ht)throw new Error(`not ${ht}`);if(!Array.isArray(t.attachments)||t.attachments.length>1e4)throw new Error("bad attachments");let r=t.attachments.map(s=>{if(!Array.isArray(s)||s.length!==2||typeof s[0]!="string"||!/^[0-9a-z]{1,64}$/.test(s[0]))throw new Error("bad attachment entry");return[s[0],pt(s[1])]}),n=pt(t.keystore),a=pt(t.wallet);if(!n.length||!a.length)throw new Error("empty part");return{keystore:n,wallet:a,attachments:r}}J();function ur(e,t){let r=i("div",{class:"out"}),n=y("backup-export",()=>_(n,r,async()=>{let a=lr(await ir()),s=URL.createObjectURL(new Blob([a],{type:"application/json"})),c=new Date().toISOString().slice(0,10),o=i("a",{href:s,download:`mappe-backup-${c}.json`,class:"visually-hidden","data-backup-link":""});document.body.append(o),o.click(),setTimeout(()=>{o.remove(),URL.revokeObjectURL(s)},6e4)}),{class:"primary","data-action":"export"});A(e,h("h1","backup-title"),h("p","backup-intro"),n,h("p","backup-storage-note",void 0,{class:"hint"}),i("hr"),Ie(e,t),r),t.ready()}function Ie(e,t){let r=i("div",{class:"out"}),n=i("input",{type:"file",accept:"application/json,.json",class:"visually-hidden","data-restore-file":""}),a=y("backup-restore",()=>n.click(),{class:"link","data-action":"restore"});return n.addEventListener("change",()=>_(a,r,async()=>{let s=n.files&&n.files[0];if(!s)return;let c;try{c=dr(await s.text()),(await I()).keystoreFingerprint(c.keystore)}catch{throw F("backup-bad")}let o=y("backup-restore",()=>_(o,r,async()=>{await sr(c),k.wallet&&ue("restored"),t.go("start",{notice:"backup-restored"})}),{class:"danger","data-action":"confirm-restore"});r.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("p","backup-restore-warning",void 0,{class:"warning"}),i("div",{class:"actions"},o)))})),i("div",{class:"restore"},a,n,r)}var vn=8,Ee=e=>i("input",{type:"password",autocomplete:e,required:!0,class:"wide"});async function ft(e,t,r){await at()?wn(e,t,r):bn(e,t)}function wn(e,t,r){let n=P("passphrase",Ee("current-password")),a=i("div",{class:"out"}),s=y("unlock",()=>c(),{class:"primary","data-action":"unlock"}),c=()=>_(s,a,async()=>{let[o,u,l]=await Promise.all([I(),at(),we()]),g=o.unlockWallet(u,l,n.input.value);be(g),n.input.value="",t.go("home")});n.input.addEventListener("keydown",o=>o.key==="Enter"&&c()),A(e,h("h1","start-unlock-title"),r==="idle"?z("locked-idle"):null,i("form",{class:"card",on:{submit:o=>o.preventDefault()}},n.row,s),a,i("div",{class:"links"},h("p","start-forgot"),y("start-recover",()=>mr(e,t),{class:"link"}),Ie(e,t))),t.ready(),n.input.focus()}function bn(e,t){let r=P("passphrase",Ee("new-password")),n=P("passphrase-again",Ee("new-password")),a=i("div",{class:"out"}),s=y("create",()=>_(s,a,async()=>{pr(r.input.value,n.input.value);let o=(await I()).createWallet(r.input.value);await st(o.keystore,o.wallet.save()),be(o.wallet),r.input.value=n.input.value="",fr(e,t,o.recoveryCode)}),{class:"primary","data-action":"create"});A(e,h("p","app-tagline",void 0,{class:"tagline"}),h("h1","start-create-title"),h("p","start-create-intro"),i("form",{class:"card",on:{submit:c=>c.preventDefault()}},r.row,n.row,s),a,i("div",{class:"links"},h("p","start-forgot"),y("start-recover",()=>mr(e,t),{class:"link"}),Ie(e,t))),t.ready()}function pr(e,t){if(e!==t)throw F("passphrase-mismatch");if([...e].length<vn)throw F("passphrase-short")}var hr=e=>e.split(/[-\s]+/).filter(Boolean);function fr(e,t,r){let n=hr(r),a=i("ol",{class:"recovery-code","data-recovery-code":"",dir:"ltr",translate:"no"},n.map(s=>i("li",{},i("span",{class:"code-group",text:s}))));A(e,i("section",{class:"recovery print-area"},h("h1","recovery-title"),h("p","recovery-intro"),a,h("p","recovery-once",void 0,{class:"warning"})),i("div",{class:"actions no-print"},y("print",()=>window.print()),y("recovery-written",()=>Sn(e,t,r),{class:"primary","data-action":"written"}))),t.ready()}function Sn(e,t,r){let n=hr(r),a=Math.max(1,Math.floor(n.length/2)),s=[crypto.getRandomValues(new Uint32Array(1))[0]%a,a+crypto.getRandomValues(new Uint32Array(1))[0]%(n.length-a)],c=s.map(g=>P("recovery-confirm-group",i("input",{type:"text",autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"code-input","data-group":g+1})));c.forEach((g,m)=>g.row.querySelector("label").textContent=f("recovery-confirm-group",{n:s[m]+1}));let o=i("div",{class:"out"}),u=g=>g.toUpperCase().replace(/[^0-9A-Z]/g,""),l=y("recovery-confirm-ok",()=>{o.replaceChildren(),s.every((g,m)=>u(c[m].input.value)===u(n[g]))?t.go("home"):o.append(z("recovery-confirm-wrong",void 0,"error"))},{class:"primary","data-action":"confirm-code"});A(e,h("h1","recovery-confirm-title"),i("form",{class:"card",on:{submit:g=>g.preventDefault()}},c.map(g=>g.row),l),o,y("recovery-show-again",()=>fr(e,t,r),{class:"link"}))}function mr(e,t){let r=P("recover-code",i("textarea",{rows:3,autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"wide"})),n=P("recover-relay",i("input",{type:"url",dir:"ltr",class:"wide",value:location.origin}),"recover-relay-hint"),a=P("passphrase",Ee("new-password")),s=P("passphrase-again",Ee("new-password")),c=i("div",{class:"out"}),o=y("recover-go",()=>_(o,c,async()=>{pr(a.input.value,s.input.value);let u=await I();u.checkRecoveryCode(r.input.value);let{wallet:l,keystore:g}=u.recoverWallet(r.input.value,a.input.value);await st(g,l.save()),be(l);let m=n.input.value.trim();if(r.input.value=a.input.value=s.input.value="",!m)return t.go("home",{notice:"recover-empty"});try{let{syncState:E}=await H("syncOp",Y,m,null,C());return await Me({relay:m,syncState:E,lastAt:C()}),await U("relay",m),await R(),t.go("home",{notice:"recover-synced"})}catch(E){return t.go("home",{notice:"recover-empty",error:E})}}),{class:"primary","data-action":"recover"});A(e,h("h1","recover-title"),h("p","recover-intro"),i("form",{class:"card",on:{submit:u=>u.preventDefault()}},r.row,n.row,a.row,s.row,o),c,y("back",()=>ft(e,t),{class:"link"}))}J();te();var yr=["given_names","family_name","birth_date","birth_place","nationality","contact.phone","contact.email","contact.address"],En=["A1","A2","B1","B2","C1","C2"],gr={cv:{title:"section-cv",add:"add-cv",kinds:["education","work","training","other"],fields:[["title","text",!0],["organisation"],["place"],["from","date"],["to","date"],["description","textarea"]],scan:!1},certificates:{title:"section-certificates",add:"add-certificate",kinds:["language","qualification","recognition","other"],fields:[["title","text",!0],["issuer"],["issued_on","date"],["cefr_level","level"],["exam"]],scan:!0},residence:{title:"section-residence",add:"add-residence",kinds:["aufenthaltserlaubnis","niederlassungserlaubnis","aufenthaltsgestattung","duldung","fiktionsbescheinigung","visa","eu_citizen","other"],fields:[["number"],["issued_on","date"],["valid_until","date"],["authority"]],scan:!0}},kr=()=>JSON.parse(k.wallet.json()),vr=e=>`profile-${e.replace(".","_")}`,mt=(e,t)=>t.startsWith("contact.")?e.contact[t.slice(8)]:e[t],Ce=e=>i("dd",{dir:"auto",text:e});function se(e,t,r={}){let n=kr(),a=n.profile,s=i("dl",{class:"facts"},yr.flatMap(o=>{let u=mt(a,o),l=u?Ce(u):h("dd","not-set",void 0,{class:"unset"});return l.dataset.field=o,[h("dt",vr(o)),l]}),a.aliases.length?[h("dt","profile-aliases"),Ce(a.aliases.join(", "))]:[],a.languages.length?[h("dt","profile-languages"),Ce(a.languages.map(o=>`${o.language} (${o.level})`).join(", "))]:[]),c=Object.entries(gr).map(([o,u])=>{let l=n[o];return i("section",{class:"section","data-section":o},h("h2",u.title),l.length?i("ul",{class:"items"},l.map(g=>xn(e,t,o,u,g,n))):h("p","empty-section",void 0,{class:"unset"}),y(u.add,()=>wr(e,t,o),{class:"add","data-add":o}))});A(e,r.notice?z(r.notice):null,r.error?ee(r.error):null,h("h1","home-title"),i("section",{class:"section","data-section":"profile"},h("h2","section-profile"),s,y("profile-edit",()=>An(e,t),{"data-action":"edit-profile"})),c,i("p",{class:"fingerprint"},i("span",{text:f("fingerprint",{fingerprint:k.wallet.fingerprint()})}))),t.ready()}function xn(e,t,r,n,a,s){let c=a.title||f(`kind-${a.kind}`),o=i("dl",{class:"facts small"});a.title&&o.append(h("dt","field-kind"),i("dd",{text:f(`kind-${a.kind}`)}));for(let[D]of n.fields)D==="title"||a[D]==null||o.append(h("dt",`field-${D}`),Ce(String(a[D])));let u=i("div",{class:"scan-out"}),l=a.attachment?s.attachments.find(D=>D.id===a.attachment):null,g=i("li",{class:"item","data-item":a.id},i("h3",{dir:"auto",text:c}),o,l?y("scan-show",D=>$n(D.currentTarget,u,l),{"data-action":"show-scan"}):null,u),m=i("div",{class:"actions"},y("edit",()=>wr(e,t,r,a),{"data-action":"edit"}),y("remove",()=>x(),{"data-action":"remove"})),E=i("div",{class:"out"});g.append(m,E);function x(){let D=y("yes-remove",()=>_(D,E,async()=>{let M=k.wallet.removeItem(r,a.id)||[];await R({remove:Array.from(M)}),se(e,t,{notice:"saved"})}),{class:"danger","data-action":"confirm-remove"});E.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("p","remove-confirm"),i("div",{class:"actions"},D,y("cancel",()=>E.replaceChildren()))))}return g}async function $n(e,t,r){await _(e,t,async()=>{let n=await Te(r.id);if(!n)throw F("error-not_found");let a=k.wallet.readAttachment(r.id,n),s=URL.createObjectURL(new Blob([a],{type:r.media_type}));r.media_type.startsWith("image/")?t.replaceChildren(i("img",{src:s,class:"scan",alt:r.name,"data-scan":r.id})):t.replaceChildren(i("a",{href:s,download:r.name,class:"btn","data-scan":r.id,dir:"auto",text:r.name}))})}function _n(e){return e[0]===255&&e[1]===216&&e[2]===255?"image/jpeg":e[0]===137&&e[1]===80&&e[2]===78&&e[3]===71?"image/png":String.fromCharCode(...e.subarray(0,5))==="%PDF-"?"application/pdf":null}function xe(e,t){return e==="textarea"?i("textarea",{rows:4,dir:"auto",class:"wide"},t||""):e==="level"?i("select",{class:"wide"},i("option",{value:"",text:f("level-none")}),En.map(r=>i("option",{value:r,text:r,selected:t===r}))):i("input",{type:"text",dir:"auto",class:"wide",value:t||"",inputmode:e==="date"?"numeric":null,placeholder:e==="date"?"2024-05-31":null})}function wr(e,t,r,n){let a=gr[r],s=n?n.kind:a.kinds[0],c=i("fieldset",{class:"field kinds","data-kinds":""},i("legend",{text:f("field-kind"),"data-t":"field-kind"}),a.kinds.map(v=>i("label",{class:"choice"},i("input",{type:"radio",name:`kind-${r}`,value:v,checked:v===s}),i("span",{text:f(`kind-${v}`)})))),o={row:c,get input(){return c.querySelector("input:checked")||{value:s}}},u=a.fields.map(([v,b])=>[v,P(`field-${v}`,xe(b,n&&n[v]),b==="date"?"date-hint":null)]),l=null,g=i("p",{class:"file-note",dir:"auto"}),m=v=>{let b=i("input",{type:"file",accept:"image/*,application/pdf",capture:v?"environment":null,class:"visually-hidden","data-file":v?"camera":"file"});return b.addEventListener("change",async()=>{let B=b.files&&b.files[0];if(!B)return;let T=new Uint8Array(await B.arrayBuffer()),W=_n(T);if(M.replaceChildren(),!W){l=null,g.textContent="",M.append(z("scan-bad-type",void 0,"error"));return}l={bytes:T,name:B.name||"scan",type:W},g.textContent=B.name}),b},E=m(!0),x=m(!1),D=a.scan?i("div",{class:"field"},h("p","field-scan",void 0,{class:"label"}),i("div",{class:"actions"},y("scan-camera",()=>E.click()),y("scan-file",()=>x.click())),E,x,h("p","scan-hint",void 0,{class:"hint"}),g):null,M=i("div",{class:"out"}),w=y("save",()=>_(w,M,async()=>{let v={kind:o.input.value};for(let[W,X]of u)v[W]=X.input.value.trim()===""?null:X.input.value.trim();a.scan&&(v.attachment=n?n.attachment:null);let b=k.wallet,B=n&&n.id;n?b.updateItem(r,B,v):B=b.addItem(r,v);let T=[];if(l){let W=b.addAttachment(r,B,l.bytes,l.name,l.type);T.push([W.id,W.blob])}await R({put:T}),se(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});A(e,h("h1",a.add),i("form",{class:"card","data-form":r,on:{submit:v=>v.preventDefault()}},o.row,u.map(([,v])=>v.row),D,w),M,y("cancel",()=>se(e,t),{class:"link"}))}function An(e,t){let r=kr().profile,n=yr.map(l=>[l,P(vr(l),l==="contact.address"?xe("textarea",r.contact.address):xe(l==="birth_date"?"date":"text",mt(r,l)),l==="birth_date"?"date-hint":null)]),a=P("profile-aliases",xe("textarea",r.aliases.join(`
`))),s=P("profile-languages",xe("textarea",r.languages.map(l=>`${l.language}:${l.level}`).join(`
`))),c=i("div",{class:"out"}),o=l=>l.split(`
`).map(g=>g.trim()).filter(Boolean),u=y("save",()=>_(u,c,async()=>{let l=k.wallet;for(let[m,E]of n){let x=E.input.value.trim()||null;x!==(mt(r,m)??null)&&l.setProfile(m,x)}a.input.value.trim()!==r.aliases.join(`
`)&&l.setAliases(o(a.input.value));let g=r.languages.map(m=>`${m.language}:${m.level}`).join(`
`);s.input.value.trim()!==g&&l.setLanguages(o(s.input.value)),await R(),se(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});A(e,h("h1","profile-edit"),i("form",{class:"card","data-form":"profile",on:{submit:l=>l.preventDefault()}},n.map(([,l])=>l.row),a.row,s.row,u),c,y("cancel",()=>se(e,t),{class:"link"}))}Z();J();te();var Dn=86400,oe=(e,t,r,n,a)=>i("label",{class:"choice"},i("input",{type:"radio",name:e,value:t,checked:a}),i("span",{text:f(r,n)}));async function yt(e,t){let r=k.wallet.fieldChoices(O()),n=new Map;for(let w of r)n.has(w.group)||n.set(w.group,[]),n.get(w.group).push(w);let a=i("fieldset",{class:"card","data-choices":""},i("legend",{text:f("share-what")}),[...n].map(([w,v])=>i("div",{class:"group"},i("h3",{"data-group":w,text:["profile","cv","certificates","residence"].includes(w)?f(`section-${w}`):w}),v.map(b=>i("label",{class:"choice"},i("input",{type:"checkbox",value:b.path,"data-path":b.path}),i("span",{dir:"auto",text:b.label})))))),s=i("fieldset",{class:"card"},i("legend",{text:f("share-expiry")}),[7,30,90].map(w=>oe("expiry",String(w),"share-days",{days:w},w===30))),c=i("fieldset",{class:"card"},i("legend",{text:f("share-opens")}),[1,3,10].map(w=>oe("opens",String(w),"share-opens-count",{count:w},w===3)),oe("opens","","share-opens-unlimited",void 0,!1)),o=i("fieldset",{class:"card"},i("legend",{text:f("share-live")}),oe("live","no","share-live-no",void 0,!0),oe("live","yes","share-live-yes",void 0,!1)),u=null,l=i("div",{class:"office"}),g=i("fieldset",{class:"card"},i("legend",{text:f("share-who")}),oe("who","anyone","share-who-anyone",void 0,!0),oe("who","office","share-who-office",void 0,!1),l),m=i("input",{type:"text",dir:"auto",class:"wide",maxlength:200,id:"share-purpose"}),E=i("div",{class:"out"}),x=async w=>{let b=(await I()).parseAgencyCard(w.trim());u=w.trim(),l.replaceChildren(i("p",{class:"office-name",dir:"auto","data-office":"",text:f("share-office",{name:b.name,fingerprint:b.fingerprint})}))};g.addEventListener("change",()=>{let w=g.querySelector("input[value=office]").checked;if(u=null,l.replaceChildren(),!w)return;let v=i("input",{type:"file",accept:"application/json,.json,image/*",class:"visually-hidden"});v.addEventListener("change",()=>_(B,E,async()=>{let T=v.files&&v.files[0];if(T)if(T.type.startsWith("image/")){let{readImageQr:W}=await import("./scan.js"),X=await W(T);if(!X)throw F("scan-no-code");await x(X)}else await x(await T.text())}));let b=y("share-scan-card",()=>_(b,E,async()=>{let T=await zn(l);T&&await x(T)}),{"data-action":"scan-card"}),B=y("share-card-file",()=>v.click());l.replaceChildren(i("div",{class:"actions"},b,B),v)});let D=()=>{let w=[...a.querySelectorAll("input:checked")].map(B=>B.value);if(!w.length)throw F("share-nothing");let v=B=>e.querySelector(`input[name=${B}]:checked`).value,b=v("who")==="office";if(b&&!u)throw F("share-scan-card");return{relay:t.relay(),fields:w,expiresAt:C()+Number(v("expiry"))*Dn,maxOpens:v("opens")?Number(v("opens")):null,live:v("live")==="yes",lang:O(),purpose:m.value.trim()||null,audience:b?u:null}},M=y("share-preview",()=>_(M,E,async()=>{let w=D(),v=k.wallet.sharePreview(w,C());Bn(e,t,w,v)}),{class:"primary","data-action":"preview"});A(e,h("h1","share-title"),a,s,c,o,g,i("div",{class:"card field"},i("label",{for:"share-purpose",text:f("share-purpose")}),m),M,E),t.ready()}async function zn(e){let{readVideoQr:t}=await import("./scan.js"),r;try{r=await navigator.mediaDevices.getUserMedia({video:{facingMode:"environment"},audio:!1})}catch{throw F("scan-no-camera")}let n=[...e.childNodes],a=!1,s=i("video",{class:"camera",playsinline:!0,muted:!0});s.srcObject=r,e.replaceChildren(h("p","scan-title"),s,y("cancel",()=>a=!0));try{return await s.play(),await t(s,()=>a)}finally{for(let c of r.getTracks())c.stop();e.replaceChildren(...n)}}function Bn(e,t,r,n){let a=i("div",{class:"out"}),s=y("share-confirm",()=>_(s,a,async()=>{if(!navigator.onLine)throw F("share-relay-needed");let c=await H("shareOp",Y,r,C());await R(),await U("relay",r.relay),Pn(e,t,c)}),{class:"primary","data-action":"confirm-share"});A(e,h("h1","share-consent-title"),i("div",{class:"consent card",lang:r.lang,dir:He(r.lang)?"rtl":"ltr","data-consent":"",text:n.consentText}),i("div",{class:"actions"},s,y("back",()=>yt(e,t))),a)}function Pn(e,t,r){let n=URL.createObjectURL(new Blob([r.qrSvg],{type:"image/svg+xml"}));A(e,i("section",{class:"qr-full","data-share-id":r.shareId,"data-share-url":r.url},h("h1","share-qr-title"),i("img",{src:n,class:"qr",alt:r.url}),y("share-qr-done",()=>t.go("shares"),{class:"primary"})))}Z();J();var Tn={profile:"profile",cv:"cv",certificates:"certificates",residence:"residence"},Mn=["active","pending","revoked","expired","used_up"];async function gt(e,t,r={}){let n=i("div",{class:"out"}),a=l=>l,s=i("ul",{class:"items","data-shares":""}),c=y("shares-refresh",()=>o(),{"data-action":"refresh"});A(e,r.notice?z(r.notice):null,h("h1","shares-title"),c,n,s),t.ready();async function o(){await _(c,n,async()=>{let l;try{l=await H("sharesOp",Y,C())}catch(m){throw m&&m.code==="unreachable"&&n.append(z("shares-offline")),m}await R();let g=new Map(k.wallet.fieldChoices(O()).map(m=>[m.path,m.label]));a=m=>g.get(m)||f(`section-${Tn[m.split(/[./]/)[0]]||"profile"}`),s.replaceChildren(...l.length?l.map(m=>u(m)):[h("li","shares-none",void 0,{class:"unset"})])})}function u(l){let g=Mn.includes(l.status)?l.status:"unknown",m=i("div",{class:"out"}),E=i("li",{class:`item share status-${g}`,"data-share":l.shareId},i("p",{class:"status",text:f(`status-${g}`)}),i("p",{dir:"auto",text:l.audience?f("shares-for-office",{name:l.audience.name||l.audience}):f("shares-for-anyone")}),i("p",{class:"fields",dir:"auto",text:(l.fields||[]).map(x=>a(x)).join(", ")}),l.expiresAt?i("p",{text:f("shares-until",{date:ke(l.expiresAt,O())})}):null,l.live?h("p","shares-live"):null,i("p",{text:f("shares-opened",{count:l.opens||0})}),(l.log||[]).length?i("ul",{class:"log"},l.log.map(x=>i("li",{dir:"auto",text:f("shares-log-line",{date:ke(x.at,O()),by:x.by&&x.by.kind!=="bearer"?x.by.name||x.by.key:f("shares-by-bearer")})}))):null);if(g==="active"||g==="pending"){let x=y("shares-revoke",()=>D(),{class:"danger","data-action":"revoke"});E.append(x);let D=()=>{let M=y("shares-revoke-yes",()=>_(M,m,async()=>{try{await H("revokeOp",Y,l.shareId,C())}catch(w){if(w&&w.code==="unreachable"){await pe({op:"revoke",shareId:l.shareId}),m.replaceChildren(z("sync-queued"));return}throw w}await R(),gt(e,t,{notice:"shares-revoked"})}),{class:"danger","data-action":"confirm-revoke"});m.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("h3","shares-revoke-title"),h("p","shares-revoke-warning",void 0,{class:"warning"}),i("div",{class:"actions"},M,y("cancel",()=>m.replaceChildren()))))}}return E.append(m),E}o()}Z();J();te();async function kt(e){let t=await it()||{},r=t.relay===e?t.syncState??null:null,{report:n,syncState:a}=await H("syncOp",Y,e,r,C());return await R(),await Me({relay:e,syncState:a,lastAt:C(),lastReport:n??null}),n}function Nn(e){if(!e||typeof e!="object")return null;let t=0,r=!1;for(let n of["pulled","pushed","received","sent","applied","uploaded","downloaded"])typeof e[n]=="number"&&(t+=e[n],r=!0);return r?t:null}async function br(e,t){let r=P("sync-relay",i("input",{type:"url",dir:"ltr",class:"wide",value:t.relay()})),n=i("div",{class:"out"}),a=i("p",{class:"last","data-last-sync":""}),s=async()=>{let o=await it();a.textContent=o&&o.lastAt?f("sync-last",{date:ke(o.lastAt,O())}):f("sync-never"),(await Ne()).length&&n.append(z("sync-queued"))},c=y("sync-now",()=>_(c,n,async()=>{let o=r.input.value.trim();if(await U("relay",o),t.setRelay(o),!navigator.onLine){await pe({op:"sync"}),n.append(z("sync-offline"));return}try{let u=await kt(o),l=Nn(u);n.append(z("sync-ok",void 0,"ok")),l!==null&&n.append(z("sync-report",{count:l}))}catch(u){throw u&&u.code==="unreachable"&&await pe({op:"sync"}),u}await s()}),{class:"primary","data-action":"sync"});A(e,h("h1","sync-title"),h("p","sync-intro"),i("form",{class:"card",on:{submit:o=>o.preventDefault()}},r.row,c),a,n),await s(),t.ready()}var In=[["home","nav-home"],["share","nav-share"],["shares","nav-shares"],["sync","nav-sync"],["backup","nav-backup"]],Cn={home:se,share:yt,shares:gt,sync:br,backup:ur},Re=location.origin,L={screen:"start",params:{}},Q=i("main",{id:"view","data-state":"loading"}),_e=i("select",{class:"lang","aria-label":"language","data-lang-switch":""}),Le=i("button",{type:"button",class:"lock","data-action":"lock"}),Er=i("header",{class:"bar"},i("span",{class:"brand","data-t":"app-name"}),_e,Le),vt=i("nav",{class:"tabs"}),$e={go(e,t={}){L={screen:e,params:t},Oe(),e==="home"&&xr().catch(r=>console.warn("queue",r))},ready(){Q.dataset.state="ready",Q.dataset.screen=L.screen,performance.mark(`mappe:screen-${L.screen}`)},relay:()=>Re,setRelay(e){Re=e}};function Sr(){Er.querySelector(".brand").textContent=f("app-name"),_e.setAttribute("aria-label",f("language")),_e.replaceChildren(...le.map(e=>i("option",{value:e,lang:e,text:Wt(e),selected:e===O()}))),Le.textContent=f("lock"),Le.hidden=!k.wallet,vt.hidden=!k.wallet,vt.replaceChildren(...In.map(([e,t])=>i("button",{type:"button",class:e===L.screen?"tab current":"tab","data-tab":e,"aria-current":e===L.screen?"page":null,text:f(t),on:{click:()=>$e.go(e)}})))}async function Oe(){Sr(),Q.dataset.state="loading";try{!k.wallet||L.screen==="start"?(L.screen!=="start"&&(L={screen:"start",params:{}}),await ft(Q,$e,L.params.reason),L.params.notice&&Q.prepend(z(L.params.notice))):(await Se(),await Cn[L.screen](Q,$e,L.params))}catch(e){A(Q,ee(e)),$e.ready()}Sr()}k.onLock=e=>$e.go("start",{reason:e});k.onChange=()=>{L.screen==="home"&&!Q.querySelector("form")&&Oe()};Le.addEventListener("click",()=>ue("button"));_e.addEventListener("change",async()=>{Ye(_e.value),await U("lang",O()),Oe()});async function xr(){!k.wallet||!navigator.onLine||await dt(async e=>{if(e.op==="sync")await kt(Re);else if(e.op==="revoke"){let{now:t}=await Promise.resolve().then(()=>(Z(),Gt)),{host:r,save:n,op:a}=await Promise.resolve().then(()=>(J(),cr));await a("revokeOp",r,e.shareId,t()),await n()}})}addEventListener("online",()=>xr().catch(e=>console.warn("queue",e)));async function Rn(){document.body.append(Er,Q,vt);let e="serviceWorker"in navigator?navigator.serviceWorker:null;e&&!e.controller?new Promise(n=>{e.addEventListener("controllerchange",n,{once:!0}),setTimeout(n,15e3)}).then(()=>I()).catch(()=>{}):I().catch(()=>{});let t=null;try{t=await de("lang"),Re=await de("relay")||location.origin}catch(r){console.warn("settings",r)}Ye(qe(t,navigator.languages)),await Oe(),"serviceWorker"in navigator&&navigator.serviceWorker.register("/app/sw.js",{scope:"/app/"}).catch(r=>console.warn("service worker",r))}Rn();export{h as tr};
