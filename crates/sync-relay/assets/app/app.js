var Pr=Object.defineProperty;var Ae=(e,t,r)=>()=>{if(r)throw r[0];try{return e&&(t=e(e=0)),t}catch(a){throw r=[a],a}};var _t=(e,t)=>{for(var r in t)Pr(e,r,{get:t[r],enumerable:!0})};var Qt={};_t(Qt,{loadCore:()=>C,now:()=>P,relayFetch:()=>Ze,useCoreFrom:()=>pa});function pa(e){we=e}function C(){return Ht??=(we?import(`${we}wallet_wasm.js`):import("./pkg/wallet_wasm.js")).then(async e=>(await e.default({module_or_path:new URL(we?`${we}wallet_wasm_bg.wasm`:"./pkg/wallet_wasm_bg.wasm",import.meta.url)}),e)),Ht}async function Ze({method:e,url:t,headers:r,body:a}){let n=await fetch(t,{method:e,headers:r||[],body:a??void 0,cache:"no-store",credentials:"omit"});return{status:n.status,body:new Uint8Array(await n.arrayBuffer())}}var Ht,we,P,Y=Ae(()=>{we=null;P=()=>Math.floor(Date.now()/1e3)});function ha(){return Zt||(Zt=[IDBIndex,IDBObjectStore,IDBCursor,IDBDatabase,IDBTransaction])}function fa(){return Jt||(Jt=["advance","continue","continuePrimaryKey"].map(e=>IDBCursor.prototype[e]))}function ma(e){let t=new Promise((r,a)=>{let n=()=>{e.removeEventListener("success",s),e.removeEventListener("error",c)},s=()=>{r(ne(e.result)),n()},c=()=>{a(e.error),n()};e.addEventListener("success",s),e.addEventListener("error",c)});return Me.set(t,e),t}function ya(e){if(tt.has(e))return;let t=new Promise((r,a)=>{let n=()=>{e.removeEventListener("complete",s),e.removeEventListener("error",c),e.removeEventListener("abort",c)},s=()=>{r(),n()},c=()=>{a(e.error||new DOMException("AbortError","AbortError")),n()};e.addEventListener("complete",s),e.addEventListener("error",c),e.addEventListener("abort",c)});tt.set(e,t)}function rr(e){rt=e(rt)}function ga(e){return fa().includes(e)?function(...t){return e.apply(at(this),t),ne(this.request)}:function(...t){return ne(e.apply(at(this),t))}}function ka(e){return typeof e=="function"?ga(e):(e instanceof IDBTransaction&&ya(e),et(e,ha())?new Proxy(e,rt):e)}function ne(e){if(e instanceof IDBRequest)return ma(e);if(Je.has(e))return Je.get(e);let t=ka(e);return Object.is(t,e)||(Je.set(e,t),Me.set(t,e)),t}function ar(e,t,{blocked:r,upgrade:a,blocking:n,terminated:s}={}){let c=indexedDB.open(e,t),o=ne(c);return a&&c.addEventListener("upgradeneeded",u=>{a(ne(c.result),u.oldVersion,u.newVersion,ne(c.transaction),u)}),r&&c.addEventListener("blocked",u=>r(u.oldVersion,u.newVersion,u)),o.then(u=>{s&&u.addEventListener("close",()=>s()),n&&u.addEventListener("versionchange",l=>n(l.oldVersion,l.newVersion,l))}).catch(()=>{}),o}function Xt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t=="string"))return;if(Xe[t])return Xe[t];let r=t.replace(/FromIndex$/,""),a=t!==r,n=wa.includes(r);if(!(r in(a?IDBIndex:IDBObjectStore).prototype)||!(n||va.includes(r)))return;let s=async function(c,...o){let u=this.transaction(c,n?"readwrite":"readonly"),l=u.store;return a&&(l=l.index(o.shift())),(await Promise.all([l[r](...o),n&&u.done]))[0]};return Xe[t]=s}async function*xa(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let r=new Proxy(t,Sa);for(nr.set(r,t),Me.set(r,at(t));t;)yield r,t=await(nt.get(r)||t.continue()),nt.delete(r)}function tr(e,t){return t===Symbol.asyncIterator&&et(e,[IDBIndex,IDBObjectStore,IDBCursor])||t==="iterate"&&et(e,[IDBIndex,IDBObjectStore])}var et,Zt,Jt,tt,Je,Me,rt,at,va,wa,Xe,ba,er,nt,nr,Sa,ir=Ae(()=>{et=(e,t)=>t.some(r=>e instanceof r);tt=new WeakMap,Je=new WeakMap,Me=new WeakMap;rt={get(e,t,r){if(e instanceof IDBTransaction){if(t==="done")return tt.get(e);if(t==="store")return r.objectStoreNames[1]?void 0:r.objectStore(r.objectStoreNames[0])}return ne(e[t])},set(e,t,r){return e[t]=r,!0},has(e,t){return e instanceof IDBTransaction&&(t==="done"||t==="store")?!0:t in e}};at=e=>Me.get(e);va=["get","getKey","getAll","getAllKeys","count"],wa=["put","add","delete","clear"],Xe={};rr(e=>({...e,get:(t,r,a)=>Xt(t,r)||e.get(t,r,a),has:(t,r)=>!!Xt(t,r)||e.has(t,r)}));ba=["advance","continue","continuePrimaryKey"],er={},nt=new WeakMap,nr=new WeakMap,Sa={get(e,t){if(!ba.includes(t))return e[t];let r=er[t];return r||(r=er[t]=function(...a){nt.set(this,nr.get(this)[t](...a))}),r}};rr(e=>({...e,get(t,r,a){return tr(t,r)?xa:e.get(t,r,a)},has(t,r){return tr(t,r)||e.has(t,r)}}))});function W(){return sr??=ar($a,1,{upgrade(e){for(let t of Ea)e.objectStoreNames.contains(t)||e.createObjectStore(t)}}),sr}async function it(){return ie(await(await W()).get("keystore",j))}async function be(){return ie(await(await W()).get("wallet",j))}async function Pe(e){return ie(await(await W()).get("attachments",e))??null}async function or(e,t){await(await W()).put("attachments",t,e)}async function ue(e){return(await W()).get("settings",e)}async function U(e,t){await(await W()).put("settings",t,e)}async function st(){return(await W()).get("sync",j)}async function Ne(e){await(await W()).put("sync",e,j)}async function ot(e,t){let a=(await W()).transaction(["keystore","wallet","attachments","sync"],"readwrite");await Promise.all([a.objectStore("attachments").clear(),a.objectStore("sync").clear(),a.objectStore("keystore").put(e,j),a.objectStore("wallet").put(t,j),a.done])}async function cr(e,{put:t=[],remove:r=[]}={}){let a=await W();await navigator.locks.request("mappe-wallet",async()=>{let n=ie(await a.get("wallet",j));n&&e.merge(n);let s=e.save(),c=a.transaction(["wallet","attachments"],"readwrite"),o=[c.objectStore("wallet").put(s,j)];for(let[u,l]of t)o.push(c.objectStore("attachments").put(l,u));for(let u of r)o.push(c.objectStore("attachments").delete(u));await Promise.all([...o,c.done])})}async function lr(e){let t=await W();await navigator.locks.request("mappe-wallet",async()=>{await t.put("wallet",e,j)})}async function dr(){let t=(await W()).transaction(["keystore","wallet","attachments"],"readonly"),r=t.objectStore("attachments"),[a,n,s,c]=await Promise.all([t.objectStore("keystore").get(j),t.objectStore("wallet").get(j),r.getAllKeys(),r.getAll()]);return await t.done,{keystore:ie(a),wallet:ie(n),attachments:s.map((o,u)=>[o,ie(c[u])])}}async function ur({keystore:e,wallet:t,attachments:r}){let n=(await W()).transaction(["keystore","wallet","attachments","sync"],"readwrite"),s=[n.objectStore("attachments").clear(),n.objectStore("sync").clear(),n.objectStore("keystore").put(e,j),n.objectStore("wallet").put(t,j)];for(let[c,o]of r)s.push(n.objectStore("attachments").put(o,c));await Promise.all([...s,n.done])}var $a,Ea,j,sr,ie,re=Ae(()=>{ir();$a="mappe",Ea=["keystore","wallet","attachments","sync","settings"],j="current";ie=e=>e instanceof Uint8Array?e:e&&new Uint8Array(e)});var hr={};_t(hr,{IDLE_MS:()=>pr,drain:()=>ut,enqueue:()=>he,host:()=>H,idle:()=>xe,lock:()=>pe,op:()=>Q,pending:()=>Ce,save:()=>I,session:()=>v,touch:()=>dt,unlocked:()=>Se});function Se(e){v.wallet=e,dt()}function pe(e){if(clearTimeout(v.timer),v.wallet)try{v.wallet.free()}catch{}v.wallet=null,v.locks++,v.onLock(e)}function dt(){clearTimeout(v.timer),v.wallet&&(v.timer=setTimeout(()=>pe("idle"),pr))}async function I(e){await xe(),await cr(v.wallet,e),lt?.postMessage("saved")}function Q(e,...t){let r=ct.then(async()=>{let a=await C();if(!v.wallet)throw Object.assign(new Error("locked"),{name:"MappeError",code:"internal"});let n=v.locks,s=c=>{v.locks===n?v.wallet=c:c.free()};try{let{wallet:c,result:o}=await a[e](v.wallet,...t);return s(c),o}catch(c){throw c&&c.wallet&&s(c.wallet),c}});return ct=r.catch(()=>{}),r}function xe(){return ct}async function he(e){let t=await ue("queue")||[];t.some(r=>r.op===e.op&&r.shareId===e.shareId)||t.push(e),await U("queue",t)}async function Ce(){return await ue("queue")||[]}async function ut(e){let t=await Ce(),r=[];for(let a of t)try{await e(a)}catch(n){n&&n.code==="unreachable"?r.push(a):console.warn("queued job failed",a.op,n&&n.code)}return await U("queue",r),r.length===0}var pr,lt,v,H,ct,Z=Ae(()=>{re();Y();pr=300*1e3,lt=typeof BroadcastChannel=="function"?new BroadcastChannel("mappe-wallet"):null,v={wallet:null,onLock:()=>{},onChange:()=>{},timer:0,locks:0};for(let e of["pointerdown","keydown","input"])addEventListener(e,dt,{passive:!0,capture:!0});lt?.addEventListener("message",async()=>{await xe();let e=v.wallet;if(!e)return;let t=await be();if(t&&v.wallet===e)try{e.merge(t),v.onChange()}catch(r){console.warn("merge from another tab failed",r)}});H={fetch:Ze,readAttachment:e=>Pe(e),writeAttachment:(e,t)=>or(e,t),readWallet:()=>be(),saveWallet:async e=>{await lr(e),lt?.postMessage("saved")}},ct=Promise.resolve()});var Bt=`### Mappe-App (die Mappe der Person unter /app/): Deutsch.
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

## Bestätigungen von Behörden: eine Behörde bestätigt ein Papier (docs/spec/attestation-v1.md).

key-open = Mein Schlüssel für Behörden
key-title = Mein Schlüssel für Behörden
key-intro = Eine Behörde kann eines Ihrer Papiere bestätigen. Dafür braucht sie Ihren Schlüssel. Zeigen Sie der Behörde diesen QR-Code oder geben Sie ihr den Schlüssel als Text.
key-key = Ihr Schlüssel
key-fingerprint = Fingerabdruck
key-fingerprint-hint = Vergleichen Sie den Fingerabdruck laut mit der Behörde.
key-copy = Schlüssel kopieren
key-copied = Der Schlüssel wurde kopiert.
key-copy-failed = Der Schlüssel konnte nicht kopiert werden. Markieren Sie stattdessen den Text.
key-not-secret = Der Schlüssel ist nicht geheim. Mit ihm kann eine Behörde nur eine Bestätigung für Sie ausstellen.

attest-add = Bestätigung einer Behörde hinzufügen
attest-renew = Neuere Bestätigung hinzufügen
attest-title = Bestätigung einer Behörde
attest-intro = Die Behörde gibt Ihnen einen Text, eine Datei oder einen QR-Code. Mappe prüft ihn und bewahrt ihn bei diesem Papier auf.
attest-paste = Text der Behörde hier einfügen
attest-import = Bestätigung hinzufügen
attest-or = Oder:
attest-file = Datei wählen
attest-scan = QR-Code scannen
attest-scan-title = Halten Sie den QR-Code der Behörde vor die Kamera
attest-no-camera = Die Kamera kann nicht benutzt werden. Wählen Sie stattdessen die Datei.
attest-no-code = In diesem Bild wurde kein QR-Code gefunden.
attest-empty = Fügen Sie zuerst den Text ein, wählen Sie die Datei oder scannen Sie den Code.
attest-added = Die Bestätigung wurde geprüft und hinzugefügt.
attest-some-office = einer Behörde
# $name: der Name der Behörde, wie sie ihn angibt (nicht übersetzt); $date: der letzte gültige Tag.
attest-badge = Bestätigt von { $name } bis { $date }
# $name: der Name der Behörde; $date: der letzte gültige Tag.
attest-badge-expired = Bestätigung abgelaufen: { $name }, gültig bis { $date }
attest-facts = Von der Behörde bestätigt:
attest-error-other_holder = Diese Bestätigung wurde für den Schlüssel einer anderen Person ausgestellt. Nichts wurde geändert. Geben Sie der Behörde Ihren eigenen Schlüssel (Mein Schlüssel für Behörden).
attest-error-wrong_paper = Diese Bestätigung gehört zu einer anderen Art von Papier. Fügen Sie sie beim passenden Papier hinzu.
attest-error-unreadable = Das ist keine Bestätigung einer Behörde, die Mappe lesen kann. Nichts wurde geändert.
attest-error-integrity = Diese Bestätigung wurde verändert oder ist beschädigt. Nichts wurde geändert. Bitten Sie die Behörde, sie noch einmal auszustellen.
attest-error-expired = Diese Bestätigung ist abgelaufen. Nichts wurde geändert. Bitten Sie die Behörde um eine neue.
attest-error-not_yet_valid = Diese Bestätigung gilt noch nicht. Prüfen Sie das Datum auf Ihrem Handy.

# $name: der Name der Behörde.
share-attest-title = Bestätigt von { $name }. Welche Angaben wollen Sie zeigen?
share-attest-hint = Nur die angekreuzten Angaben werden gesendet. Der Empfänger kann die Signatur der Behörde prüfen.
share-attest-nothing = Wählen Sie oben auch mindestens eine Sache, zum Beispiel Ihren Namen.

claim-kind = Art
claim-number = Nummer
claim-valid_from = Gültig ab
claim-valid_until = Gültig bis
claim-legal_basis = Rechtsgrundlage
claim-work_permitted = Erwerbstätigkeit erlaubt
claim-level = Niveau
claim-issuer = Ausgestellt von
claim-date = Datum
claim-degree = Abschluss
claim-decision = Entscheidung
claim-yes = ja
claim-no = nein
`;var At=`### Mappe app (the person's wallet at /app/): English (source language).
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
`;var zt=`### Mappe app: Arabic (العربية).
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

## تأكيدات الدوائر: دائرة رسمية تؤكد وثيقة (docs/spec/attestation-v1.md).

key-open = مفتاحي للدوائر الرسمية
key-title = مفتاحي للدوائر الرسمية
key-intro = يمكن لدائرة رسمية أن تؤكد إحدى وثائقك. لذلك تحتاج إلى مفتاحك. اعرض على الدائرة رمز QR هذا أو أعطها المفتاح كنص.
key-key = مفتاحك
key-fingerprint = البصمة
key-fingerprint-hint = قارن البصمة بصوت عالٍ مع الدائرة.
key-copy = نسخ المفتاح
key-copied = تم نسخ المفتاح.
key-copy-failed = تعذّر نسخ المفتاح. حدّد النص بدلاً من ذلك.
key-not-secret = المفتاح ليس سرياً. هو يسمح للدائرة فقط بإصدار تأكيد لك.

attest-add = إضافة تأكيد من دائرة رسمية
attest-renew = إضافة تأكيد أحدث
attest-title = تأكيد من دائرة رسمية
attest-intro = تعطيك الدائرة نصاً أو ملفاً أو رمز QR. يتحقق Mappe منه ويحفظه مع هذه الوثيقة.
attest-paste = الصق النص الذي أعطتك إياه الدائرة
attest-import = إضافة التأكيد
attest-or = أو:
attest-file = اختر الملف
attest-scan = امسح رمز QR
attest-scan-title = ضع رمز QR الخاص بالدائرة أمام الكاميرا
attest-no-camera = لا يمكن استخدام الكاميرا. اختر الملف بدلاً من ذلك.
attest-no-code = لم يُعثر على رمز QR في هذه الصورة.
attest-empty = الصق النص أو اختر الملف أو امسح الرمز أولاً.
attest-added = تم التحقق من التأكيد وإضافته.
attest-some-office = دائرة رسمية
# $name: اسم الدائرة كما تذكره (لا يُترجم)؛ $date: آخر يوم صالح.
attest-badge = مؤكَّد من { $name } حتى { $date }
# $name: اسم الدائرة؛ $date: آخر يوم كان صالحاً.
attest-badge-expired = انتهت صلاحية التأكيد: { $name }، صالح حتى { $date }
attest-facts = ما أكدته الدائرة:
attest-error-other_holder = هذا التأكيد صادر لمفتاح شخص آخر. لم يتغير شيء. أعطِ الدائرة مفتاحك أنت (مفتاحي للدوائر الرسمية).
attest-error-wrong_paper = هذا التأكيد لنوع آخر من الوثائق. أضفه إلى الوثيقة المناسبة.
attest-error-unreadable = هذا ليس تأكيداً من دائرة يستطيع Mappe قراءته. لم يتغير شيء.
attest-error-integrity = تم تغيير هذا التأكيد أو هو تالف. لم يتغير شيء. اطلبه من الدائرة مرة أخرى.
attest-error-expired = انتهت صلاحية هذا التأكيد. لم يتغير شيء. اطلب من الدائرة تأكيداً جديداً.
attest-error-not_yet_valid = هذا التأكيد غير صالح بعد. تحقق من التاريخ في هاتفك.

# $name: اسم الدائرة.
share-attest-title = مؤكَّد من { $name }. أي المعلومات تريد أن تعرض؟
share-attest-hint = تُرسل فقط المعلومات التي تختارها. يستطيع المستلم التحقق من توقيع الدائرة.
share-attest-nothing = اختر أيضاً شيئاً واحداً على الأقل في الأعلى، مثل اسمك.

claim-kind = النوع
claim-number = الرقم
claim-valid_from = صالح من
claim-valid_until = صالح حتى
claim-legal_basis = الأساس القانوني
claim-work_permitted = العمل مسموح
claim-level = المستوى
claim-issuer = صادرة عن
claim-date = التاريخ
claim-degree = المؤهل
claim-decision = القرار
claim-yes = نعم
claim-no = لا
`;var Dt=`### Mappe app: Ukrainian (українська).
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
`;var Tt=`### Mappe app: Persian (فارسی).
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

## تأییدهای ادارات: یک اداره مدرکی را تأیید می‌کند (docs/spec/attestation-v1.md).

key-open = کلید من برای ادارات
key-title = کلید من برای ادارات
key-intro = یک اداره می‌تواند یکی از مدارک شما را تأیید کند. برای این کار به کلید شما نیاز دارد. این کد QR را به اداره نشان دهید یا کلید را به صورت متن به آن بدهید.
key-key = کلید شما
key-fingerprint = اثر انگشت
key-fingerprint-hint = اثر انگشت را با صدای بلند با اداره مقایسه کنید.
key-copy = کپی کلید
key-copied = کلید کپی شد.
key-copy-failed = کلید کپی نشد. به‌جای آن متن را انتخاب کنید.
key-not-secret = کلید محرمانه نیست. فقط به اداره اجازه می‌دهد برای شما تأییدیه صادر کند.

attest-add = افزودن تأیید یک اداره
attest-renew = افزودن تأیید جدیدتر
attest-title = تأیید یک اداره
attest-intro = اداره به شما یک متن، یک فایل یا یک کد QR می‌دهد. Mappe آن را بررسی می‌کند و همراه این مدرک نگه می‌دارد.
attest-paste = متن اداره را اینجا بچسبانید
attest-import = افزودن تأیید
attest-or = یا:
attest-file = انتخاب فایل
attest-scan = اسکن کد QR
attest-scan-title = کد QR اداره را جلوی دوربین بگیرید
attest-no-camera = نمی‌توان از دوربین استفاده کرد. به‌جای آن فایل را انتخاب کنید.
attest-no-code = در این تصویر کد QR پیدا نشد.
attest-empty = اول متن را بچسبانید، فایل را انتخاب کنید یا کد را اسکن کنید.
attest-added = تأیید بررسی و افزوده شد.
attest-some-office = یک اداره
# $name: نام اداره همان‌طور که خودش می‌گوید (ترجمه نمی‌شود)؛ $date: آخرین روز اعتبار.
attest-badge = تأییدشده توسط { $name } تا { $date }
# $name: نام اداره؛ $date: آخرین روز اعتبار.
attest-badge-expired = تأیید منقضی شده است: { $name }، معتبر تا { $date }
attest-facts = تأییدشده توسط اداره:
attest-error-other_holder = این تأیید برای کلید شخص دیگری صادر شده است. چیزی تغییر نکرد. کلید خودتان را به اداره بدهید (کلید من برای ادارات).
attest-error-wrong_paper = این تأیید برای نوع دیگری از مدرک است. آن را به مدرک مناسب اضافه کنید.
attest-error-unreadable = این تأییدی از اداره نیست که Mappe بتواند بخواند. چیزی تغییر نکرد.
attest-error-integrity = این تأیید تغییر کرده یا آسیب دیده است. چیزی تغییر نکرد. دوباره آن را از اداره بخواهید.
attest-error-expired = این تأیید منقضی شده است. چیزی تغییر نکرد. یک تأیید جدید از اداره بخواهید.
attest-error-not_yet_valid = این تأیید هنوز معتبر نیست. تاریخ گوشی خود را بررسی کنید.

# $name: نام اداره.
share-attest-title = تأییدشده توسط { $name }. کدام اطلاعات را می‌خواهید نشان دهید؟
share-attest-hint = فقط اطلاعاتی که علامت می‌زنید فرستاده می‌شود. گیرنده می‌تواند امضای اداره را بررسی کند.
share-attest-nothing = در بالا هم دست‌کم یک مورد انتخاب کنید، مثلاً نام خود را.

claim-kind = نوع
claim-number = شماره
claim-valid_from = معتبر از
claim-valid_until = معتبر تا
claim-legal_basis = مبنای قانونی
claim-work_permitted = اجازهٔ کار
claim-level = سطح
claim-issuer = صادرشده توسط
claim-date = تاریخ
claim-degree = مدرک تحصیلی
claim-decision = تصمیم
claim-yes = بله
claim-no = خیر
`;var Mt=`### Mappe app: Turkish (Türkçe).
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

## Kurum onayları: bir kurum bir belgeyi onaylar (docs/spec/attestation-v1.md).

key-open = Kurumlar için anahtarım
key-title = Kurumlar için anahtarım
key-intro = Bir kurum belgelerinizden birini onaylayabilir. Bunun için anahtarınıza ihtiyacı vardır. Kuruma bu QR kodunu gösterin ya da anahtarı metin olarak verin.
key-key = Anahtarınız
key-fingerprint = Parmak izi
key-fingerprint-hint = Parmak izini kurumla sesli olarak karşılaştırın.
key-copy = Anahtarı kopyala
key-copied = Anahtar kopyalandı.
key-copy-failed = Anahtar kopyalanamadı. Bunun yerine metni seçin.
key-not-secret = Anahtar gizli değildir. Yalnızca bir kurumun sizin için onay vermesini sağlar.

attest-add = Bir kurumun onayını ekle
attest-renew = Daha yeni bir onay ekle
attest-title = Bir kurumun onayı
attest-intro = Kurum size bir metin, bir dosya ya da bir QR kodu verir. Mappe bunu kontrol eder ve bu belgeyle birlikte saklar.
attest-paste = Kurumun verdiği metni buraya yapıştırın
attest-import = Onayı ekle
attest-or = Ya da:
attest-file = Dosya seç
attest-scan = QR kodunu tara
attest-scan-title = Kurumun QR kodunu kameraya tutun
attest-no-camera = Kamera kullanılamıyor. Bunun yerine dosyayı seçin.
attest-no-code = Bu resimde QR kodu bulunamadı.
attest-empty = Önce metni yapıştırın, dosyayı seçin ya da kodu tarayın.
attest-added = Onay kontrol edildi ve eklendi.
attest-some-office = bir kurum
# $name: kurumun kendi verdiği adı (çevrilmez); $date: geçerli son gün.
attest-badge = { $name } tarafından { $date } tarihine kadar onaylandı
# $name: kurumun adı; $date: geçerli son gün.
attest-badge-expired = Onayın süresi doldu: { $name }, { $date } tarihine kadar geçerliydi
attest-facts = Kurum tarafından onaylanan:
attest-error-other_holder = Bu onay başka bir kişinin anahtarı için verilmiş. Hiçbir şey değişmedi. Kuruma kendi anahtarınızı verin (Kurumlar için anahtarım).
attest-error-wrong_paper = Bu onay başka türden bir belge için. Uygun belgeye ekleyin.
attest-error-unreadable = Bu, Mappe'nin okuyabildiği bir kurum onayı değil. Hiçbir şey değişmedi.
attest-error-integrity = Bu onay değiştirilmiş ya da bozulmuş. Hiçbir şey değişmedi. Kurumdan yeniden isteyin.
attest-error-expired = Bu onayın süresi dolmuş. Hiçbir şey değişmedi. Kurumdan yeni bir onay isteyin.
attest-error-not_yet_valid = Bu onay henüz geçerli değil. Telefonunuzdaki tarihi kontrol edin.

# $name: kurumun adı.
share-attest-title = { $name } tarafından onaylandı. Hangi bilgileri göstermek istiyorsunuz?
share-attest-hint = Yalnızca işaretlediğiniz bilgiler gönderilir. Alıcı kurumun imzasını kontrol edebilir.
share-attest-nothing = Yukarıda da en az bir şey seçin, örneğin adınızı.

claim-kind = Tür
claim-number = Numara
claim-valid_from = Geçerlilik başlangıcı
claim-valid_until = Geçerlilik sonu
claim-legal_basis = Yasal dayanak
claim-work_permitted = Çalışma izni
claim-level = Seviye
claim-issuer = Veren
claim-date = Tarih
claim-degree = Derece
claim-decision = Karar
claim-yes = evet
claim-no = hayır
`;var q=class{constructor(t){this.value=t}valueOf(){return this.value}},_=class extends q{constructor(t="???"){super(t)}toString(t){return`{${this.value}}`}},O=class extends q{constructor(t,r={}){super(t),this.opts=r}toString(t){if(t)try{return t.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return this.value.toString(10)}},V=class e extends q{static supportsValue(t){if(typeof t=="number"||t instanceof Date)return!0;if(t instanceof q)return e.supportsValue(t.valueOf());if("Temporal"in globalThis){let r=globalThis.Temporal;if(t instanceof r.Instant||t instanceof r.PlainDateTime||t instanceof r.PlainDate||t instanceof r.PlainMonthDay||t instanceof r.PlainTime||t instanceof r.PlainYearMonth)return!0}return!1}constructor(t,r={}){t instanceof e?(r={...t.opts,...r},t=t.value):t instanceof q&&(t=t.valueOf()),typeof t=="object"&&"calendarId"in t&&r.calendar===void 0&&(r={...r,calendar:t.calendarId}),super(t),this.opts=r}[Symbol.toPrimitive](t){return t==="string"?this.toString():this.toNumber()}toNumber(){let t=this.value;if(typeof t=="number")return t;if(t instanceof Date)return t.getTime();if("epochMilliseconds"in t)return t.epochMilliseconds;if("toZonedDateTime"in t)return t.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(t){if(t)try{return t.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(r){t.reportError(r)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Pt=100,Fr="⁨",Kr="⁩";function jr(e,t,r){if(r===t||r instanceof O&&t instanceof O&&r.value===t.value)return!0;if(t instanceof O&&typeof r=="string"){let a=e.memoizeIntlObject(Intl.PluralRules,t.opts).select(t.value);if(r===a)return!0}return!1}function Nt(e,t,r){return t[r]?le(e,t[r].value):(e.reportError(new RangeError("No default")),new _)}function je(e,t){let r=[],a=Object.create(null);for(let n of t)n.type==="narg"?a[n.name]=me(e,n.value):r.push(me(e,n));return{positional:r,named:a}}function me(e,t){switch(t.type){case"str":return t.value;case"num":return new O(t.value,{minimumFractionDigits:t.precision});case"var":return Wr(e,t);case"mesg":return Ur(e,t);case"term":return Gr(e,t);case"func":return qr(e,t);case"select":return Vr(e,t);default:return new _}}function Wr(e,{name:t}){let r;if(e.params)if(Object.prototype.hasOwnProperty.call(e.params,t))r=e.params[t];else return new _(`$${t}`);else if(e.args&&Object.prototype.hasOwnProperty.call(e.args,t))r=e.args[t];else return e.reportError(new ReferenceError(`Unknown variable: $${t}`)),new _(`$${t}`);if(r instanceof q)return r;switch(typeof r){case"string":return r;case"number":return new O(r);case"object":if(V.supportsValue(r))return new V(r);default:return e.reportError(new TypeError(`Variable type not supported: $${t}, ${typeof r}`)),new _(`$${t}`)}}function Ur(e,{name:t,attr:r}){let a=e.bundle._messages.get(t);if(!a)return e.reportError(new ReferenceError(`Unknown message: ${t}`)),new _(t);if(r){let n=a.attributes[r];return n?le(e,n):(e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new _(`${t}.${r}`))}return a.value?le(e,a.value):(e.reportError(new ReferenceError(`No value: ${t}`)),new _(t))}function Gr(e,{name:t,attr:r,args:a}){let n=`-${t}`,s=e.bundle._terms.get(n);if(!s)return e.reportError(new ReferenceError(`Unknown term: ${n}`)),new _(n);if(r){let o=s.attributes[r];if(o){e.params=je(e,a).named;let u=le(e,o);return e.params=null,u}return e.reportError(new ReferenceError(`Unknown attribute: ${r}`)),new _(`${n}.${r}`)}e.params=je(e,a).named;let c=le(e,s.value);return e.params=null,c}function qr(e,{name:t,args:r}){let a=e.bundle._functions[t];if(!a)return e.reportError(new ReferenceError(`Unknown function: ${t}()`)),new _(`${t}()`);if(typeof a!="function")return e.reportError(new TypeError(`Function ${t}() is not callable`)),new _(`${t}()`);try{let n=je(e,r);return a(n.positional,n.named)}catch(n){return e.reportError(n),new _(`${t}()`)}}function Vr(e,{selector:t,variants:r,star:a}){let n=me(e,t);if(n instanceof _)return Nt(e,r,a);for(let s of r){let c=me(e,s.key);if(jr(e,n,c))return le(e,s.value)}return Nt(e,r,a)}function We(e,t){if(e.dirty.has(t))return e.reportError(new RangeError("Cyclic reference")),new _;e.dirty.add(t);let r=[],a=e.bundle._useIsolating&&t.length>1;for(let n of t){if(typeof n=="string"){r.push(e.bundle._transform(n));continue}if(e.placeables++,e.placeables>Pt)throw e.dirty.delete(t),new RangeError(`Too many placeables expanded: ${e.placeables}, max allowed is ${Pt}`);a&&r.push(Fr),r.push(me(e,n).toString(e)),a&&r.push(Kr)}return e.dirty.delete(t),r.join("")}function le(e,t){return typeof t=="string"?e.bundle._transform(t):We(e,t)}var ze=class{constructor(t,r,a){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=t,this.errors=r,this.args=a}reportError(t){if(!this.errors||!(t instanceof Error))throw t;this.errors.push(t)}memoizeIntlObject(t,r){let a=this.bundle._intls.get(t);a||(a={},this.bundle._intls.set(t,a));let n=JSON.stringify(r);return a[n]||(a[n]=new t(this.bundle.locales,r)),a[n]}};function Ue(e,t){let r=Object.create(null);for(let[a,n]of Object.entries(e))t.includes(a)&&(r[a]=n.valueOf());return r}var Ct=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function It(e,t){let r=e[0];if(r instanceof _)return new _(`NUMBER(${r.valueOf()})`);if(r instanceof O)return new O(r.valueOf(),{...r.opts,...Ue(t,Ct)});if(r instanceof V)return new O(r.toNumber(),{...Ue(t,Ct)});throw new TypeError("Invalid argument to NUMBER")}var Yr=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Rt(e,t){let r=e[0];if(r instanceof _)return new _(`DATETIME(${r.valueOf()})`);if(r instanceof V||r instanceof O)return new V(r,Ue(t,Yr));throw new TypeError("Invalid argument to DATETIME")}var Lt=new Map;function Ot(e){let t=Array.isArray(e)?e.join(" "):e,r=Lt.get(t);return r===void 0&&(r=new Map,Lt.set(t,r)),r}var ye=class{constructor(t,{functions:r,useIsolating:a=!0,transform:n=s=>s}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(t)?t:[t],this._functions={NUMBER:It,DATETIME:Rt,...r},this._useIsolating=a,this._transform=n,this._intls=Ot(t)}hasMessage(t){return this._messages.has(t)}getMessage(t){return this._messages.get(t)}addResource(t,{allowOverrides:r=!1}={}){let a=[];for(let n=0;n<t.body.length;n++){let s=t.body[n];if(s.id.startsWith("-")){if(r===!1&&this._terms.has(s.id)){a.push(new Error(`Attempt to override an existing term: "${s.id}"`));continue}this._terms.set(s.id,s)}else{if(r===!1&&this._messages.has(s.id)){a.push(new Error(`Attempt to override an existing message: "${s.id}"`));continue}this._messages.set(s.id,s)}}return a}formatPattern(t,r=null,a=null){if(typeof t=="string")return this._transform(t);let n=new ze(this,a,r);try{return We(n,t).toString(n)}catch(s){if(n.errors&&s instanceof Error)return n.errors.push(s),new _().toString(n);throw s}}};var Ge=/^(-?[a-zA-Z][\w-]*) *= */gm,Ft=/\.([a-zA-Z][\w-]*) *= */y,Hr=/\*?\[/y,qe=/(-?[0-9]+(?:\.([0-9]+))?)/y,Qr=/([a-zA-Z][\w-]*)/y,Kt=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Zr=/^[A-Z][A-Z0-9_-]*$/,De=/([^{}\n\r]+)/y,Jr=/([^\\"\n\r]*)/y,jt=/\\([\\"])/y,Wt=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Xr=/^\n+/,Ut=/ +$/,ea=/ *\r?\n/g,ta=/( *)$/,ra=/{\s*/y,Gt=/\s*}/y,aa=/\[\s*/y,na=/\s*] */y,ia=/\s*\(\s*/y,sa=/\s*->\s*/y,oa=/\s*:\s*/y,ca=/\s*,?\s*/y,la=/\s+/y,ge=class{constructor(t){this.body=[],Ge.lastIndex=0;let r=0;for(;;){let d=Ge.exec(t);if(d===null)break;r=Ge.lastIndex;try{this.body.push(u(d[1]))}catch(k){if(k instanceof SyntaxError)continue;throw k}}function a(d){return d.lastIndex=r,d.test(t)}function n(d,k){if(t[r]===d)return r++,!0;if(k)throw new k(`Expected ${d}`);return!1}function s(d,k){if(a(d))return r=d.lastIndex,!0;if(k)throw new k(`Expected ${d.toString()}`);return!1}function c(d){d.lastIndex=r;let k=d.exec(t);if(k===null)throw new SyntaxError(`Expected ${d.toString()}`);return r=d.lastIndex,k}function o(d){return c(d)[1]}function u(d){let k=m(),A=l();if(k===null&&Object.keys(A).length===0)throw new SyntaxError("Expected message value or attributes");return{id:d,value:k,attributes:A}}function l(){let d=Object.create(null);for(;a(Ft);){let k=o(Ft),A=m();if(A===null)throw new SyntaxError("Expected attribute value");d[k]=A}return d}function m(){let d;if(a(De)&&(d=o(De)),t[r]==="{"||t[r]==="}")return g(d?[d]:[],1/0);let k=X();return k?d?g([d,k],k.length):(k.value=ce(k.value,Xr),g([k],k.length)):d?ce(d,Ut):null}function g(d=[],k){for(;;){if(a(De)){d.push(o(De));continue}if(t[r]==="{"){d.push(z());continue}if(t[r]==="}")throw new SyntaxError("Unbalanced closing brace");let G=X();if(G){d.push(G),k=Math.min(k,G.length);continue}break}let A=d.length-1,ae=d[A];typeof ae=="string"&&(d[A]=ce(ae,Ut));let fe=[];for(let G of d)G instanceof Te&&(G=G.value.slice(0,G.value.length-k)),G&&fe.push(G);return fe}function z(){s(ra,SyntaxError);let d=x();if(s(Gt))return d;if(s(sa)){let k=T();return s(Gt,SyntaxError),{type:"select",selector:d,...k}}throw new SyntaxError("Unclosed placeable")}function x(){if(t[r]==="{")return z();if(a(Kt)){let[,d,k,A=null]=c(Kt);if(d==="$")return{type:"var",name:k};if(s(ia)){let ae=R();if(d==="-")return{type:"term",name:k,attr:A,args:ae};if(Zr.test(k))return{type:"func",name:k,args:ae};throw new SyntaxError("Function names must be all upper-case")}return d==="-"?{type:"term",name:k,attr:A,args:[]}:{type:"mesg",name:k,attr:A}}return w()}function R(){let d=[];for(;;){switch(t[r]){case")":return r++,d;case void 0:throw new SyntaxError("Unclosed argument list")}d.push(b()),s(ca)}}function b(){let d=x();return d.type!=="mesg"?d:s(oa)?{type:"narg",name:d.name,value:w()}:d}function T(){let d=[],k=0,A;for(;a(Hr);){n("*")&&(A=k);let ae=p(),fe=m();if(fe===null)throw new SyntaxError("Expected variant value");d[k++]={key:ae,value:fe}}if(k===0)return null;if(A===void 0)throw new SyntaxError("Expected default variant");return{variants:d,star:A}}function p(){s(aa,SyntaxError);let d;return a(qe)?d=S():d={type:"str",value:o(Qr)},s(na,SyntaxError),d}function w(){if(a(qe))return S();if(t[r]==='"')return K();throw new SyntaxError("Invalid expression")}function S(){let[,d,k=""]=c(qe),A=k.length;return{type:"num",value:parseFloat(d),precision:A}}function K(){n('"',SyntaxError);let d="";for(;;){if(d+=o(Jr),t[r]==="\\"){d+=E();continue}if(n('"'))return{type:"str",value:d};throw new SyntaxError("Unclosed string literal")}}function E(){if(a(jt))return o(jt);if(a(Wt)){let[,d,k]=c(Wt),A=parseInt(d||k,16);return A<=55295||57344<=A?String.fromCodePoint(A):"�"}throw new SyntaxError("Unknown escape sequence")}function X(){let d=r;switch(s(la),t[r]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return Et(t.slice(d,r))}return t[r-1]===" "?Et(t.slice(d,r)):!1}function ce(d,k){return d.replace(k,"")}function Et(d){let k=d.replace(ea,`
`),A=ta.exec(d)[1].length;return new Te(k,A)}}},Te=class{constructor(t,r){this.value=t,this.length=r}};var de=["de","en","ar","uk","fa","tr"];function Ve(e,t){if(de.includes(e))return e;for(let r of t||[]){let a=String(r).toLowerCase().split("-")[0];if(de.includes(a))return a}return"de"}var qt={},da=new Set(["ar","fa"]),Ye=new Map,ke="de";function Vt(e){qt=e,Ye.clear()}function ua(e){let t=Ye.get(e);return t||(t=new ye(e),t.addResource(new ge(qt[e])),Ye.set(e,t)),t}function He(e){ke=de.includes(e)?e:"de",document.documentElement.lang=ke,document.documentElement.dir=Qe(ke)?"rtl":"ltr"}var L=()=>ke,Qe=e=>da.has(e);function f(e,t,r=ke){let a=ua(r),n=a.getMessage(e);if(!n||!n.value)return e;let s=[];return a.formatPattern(n.value,t,s)}var Yt=e=>f("language-self",void 0,e);Vt({de:Bt,en:At,ar:zt,uk:Dt,fa:Tt,tr:Mt});function i(e,t={},...r){let a=document.createElement(e);for(let[n,s]of Object.entries(t||{}))if(!(s===!1||s===null||s===void 0))if(n==="text")a.textContent=s;else if(n==="on")for(let[c,o]of Object.entries(s))a.addEventListener(c,o);else n==="class"?a.className=s:n==="value"?a.value=s:n==="checked"?a.checked=!!s:a.setAttribute(n,s===!0?"":String(s));for(let n of r.flat())n==null||n===!1||a.append(typeof n=="string"?document.createTextNode(n):n);return a}var h=(e,t,r,a={})=>i(e,{...a,text:f(t,r),"data-t":t}),y=(e,t,r={})=>i("button",{type:"button",...r,class:`btn ${r.class||""}`.trim(),text:f(e),"data-t":e,on:{click:t}});function N(e,t,r){let a=`f-${e}-${Math.random().toString(36).slice(2,8)}`;t.id=a;let n=i("div",{class:"field"},i("label",{for:a,text:f(e),"data-t":e}),t);return r&&n.append(i("p",{class:"hint",text:f(r)})),{row:n,input:t}}function B(e,...t){e.replaceChildren(...t.flat().filter(Boolean)),window.scrollTo(0,0)}function te(e){let t=e&&e.appCode?e.appCode:e&&e.name==="MappeError"&&e.code?e.code:"internal",r=e&&e.appCode?e.appCode:`error-${t}`,a=i("div",{class:"notice error",role:"alert","data-error":t},i("p",{text:f(r,e&&e.args)}));return t==="bad_input"&&e.message&&a.append(i("p",{class:"detail",dir:"auto",text:f("error-detail",{detail:e.message})})),t==="internal"&&e&&console.warn("mappe internal error",e),a}var D=(e,t,r="info")=>i("div",{class:`notice ${r}`,role:"status","data-notice":e},i("p",{text:f(e,t)}));function ve(e,t){try{return new Intl.DateTimeFormat(t,{dateStyle:"medium",timeStyle:"short"}).format(new Date(e*1e3))}catch{return new Date(e*1e3).toISOString()}}async function $(e,t,r){e.disabled=!0,t.replaceChildren();try{return await r()}catch(a){t.replaceChildren(te(a));return}finally{e.disabled=!1}}function M(e,t){let r=new Error(t||e);return r.appCode=e,r}Y();re();Z();Y();re();Z();Y();re();var ft="mappe-backup/1";function pt(e){let t="";for(let r=0;r<e.length;r+=32768)t+=String.fromCharCode(...e.subarray(r,r+32768));return btoa(t)}function ht(e){if(typeof e!="string"||!/^[A-Za-z0-9+/]*={0,2}$/.test(e))throw new Error("not base64");let t=atob(e),r=new Uint8Array(t.length);for(let a=0;a<t.length;a++)r[a]=t.charCodeAt(a);return r}function fr({keystore:e,wallet:t,attachments:r}){return JSON.stringify({format:ft,keystore:pt(e),wallet:pt(t),attachments:r.map(([a,n])=>[a,pt(n)])})}function mr(e){let t=JSON.parse(e);if(!t||typeof t!="object"||t.format!==ft)throw new Error(`not ${ft}`);if(!Array.isArray(t.attachments)||t.attachments.length>1e4)throw new Error("bad attachments");let r=t.attachments.map(s=>{if(!Array.isArray(s)||s.length!==2||typeof s[0]!="string"||!/^[0-9a-z]{1,64}$/.test(s[0]))throw new Error("bad attachment entry");return[s[0],ht(s[1])]}),a=ht(t.keystore),n=ht(t.wallet);if(!a.length||!n.length)throw new Error("empty part");return{keystore:a,wallet:n,attachments:r}}Z();function yr(e,t){let r=i("div",{class:"out"}),a=y("backup-export",()=>$(a,r,async()=>{let n=fr(await dr()),s=URL.createObjectURL(new Blob([n],{type:"application/json"})),c=new Date().toISOString().slice(0,10),o=i("a",{href:s,download:`mappe-backup-${c}.json`,class:"visually-hidden","data-backup-link":""});document.body.append(o),o.click(),setTimeout(()=>{o.remove(),URL.revokeObjectURL(s)},6e4)}),{class:"primary","data-action":"export"});B(e,h("h1","backup-title"),h("p","backup-intro"),a,h("p","backup-storage-note",void 0,{class:"hint"}),i("hr"),Ie(e,t),r),t.ready()}function Ie(e,t){let r=i("div",{class:"out"}),a=i("input",{type:"file",accept:"application/json,.json",class:"visually-hidden","data-restore-file":""}),n=y("backup-restore",()=>a.click(),{class:"link","data-action":"restore"});return a.addEventListener("change",()=>$(n,r,async()=>{let s=a.files&&a.files[0];if(!s)return;let c;try{c=mr(await s.text()),(await C()).keystoreFingerprint(c.keystore)}catch{throw M("backup-bad")}let o=y("backup-restore",()=>$(o,r,async()=>{await ur(c),v.wallet&&pe("restored"),t.go("start",{notice:"backup-restored"})}),{class:"danger","data-action":"confirm-restore"});r.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("p","backup-restore-warning",void 0,{class:"warning"}),i("div",{class:"actions"},o)))})),i("div",{class:"restore"},n,a,r)}var _a=8,$e=e=>i("input",{type:"password",autocomplete:e,required:!0,class:"wide"});async function mt(e,t,r){await it()?Ba(e,t,r):Aa(e,t)}function Ba(e,t,r){let a=N("passphrase",$e("current-password")),n=i("div",{class:"out"}),s=y("unlock",()=>c(),{class:"primary","data-action":"unlock"}),c=()=>$(s,n,async()=>{let[o,u,l]=await Promise.all([C(),it(),be()]),m=o.unlockWallet(u,l,a.input.value);Se(m),a.input.value="",t.go("home")});a.input.addEventListener("keydown",o=>o.key==="Enter"&&c()),B(e,h("h1","start-unlock-title"),r==="idle"?D("locked-idle"):null,i("form",{class:"card",on:{submit:o=>o.preventDefault()}},a.row,s),n,i("div",{class:"links"},h("p","start-forgot"),y("start-recover",()=>wr(e,t),{class:"link"}),Ie(e,t))),t.ready(),a.input.focus()}function Aa(e,t){let r=N("passphrase",$e("new-password")),a=N("passphrase-again",$e("new-password")),n=i("div",{class:"out"}),s=y("create",()=>$(s,n,async()=>{gr(r.input.value,a.input.value);let o=(await C()).createWallet(r.input.value);await ot(o.keystore,o.wallet.save()),Se(o.wallet),r.input.value=a.input.value="",vr(e,t,o.recoveryCode)}),{class:"primary","data-action":"create"});B(e,h("p","app-tagline",void 0,{class:"tagline"}),h("h1","start-create-title"),h("p","start-create-intro"),i("form",{class:"card",on:{submit:c=>c.preventDefault()}},r.row,a.row,s),n,i("div",{class:"links"},h("p","start-forgot"),y("start-recover",()=>wr(e,t),{class:"link"}),Ie(e,t))),t.ready()}function gr(e,t){if(e!==t)throw M("passphrase-mismatch");if([...e].length<_a)throw M("passphrase-short")}var kr=e=>e.split(/[-\s]+/).filter(Boolean);function vr(e,t,r){let a=kr(r),n=i("ol",{class:"recovery-code","data-recovery-code":"",dir:"ltr",translate:"no"},a.map(s=>i("li",{},i("span",{class:"code-group",text:s}))));B(e,i("section",{class:"recovery print-area"},h("h1","recovery-title"),h("p","recovery-intro"),n,h("p","recovery-once",void 0,{class:"warning"})),i("div",{class:"actions no-print"},y("print",()=>window.print()),y("recovery-written",()=>za(e,t,r),{class:"primary","data-action":"written"}))),t.ready()}function za(e,t,r){let a=kr(r),n=Math.max(1,Math.floor(a.length/2)),s=[crypto.getRandomValues(new Uint32Array(1))[0]%n,n+crypto.getRandomValues(new Uint32Array(1))[0]%(a.length-n)],c=s.map(m=>N("recovery-confirm-group",i("input",{type:"text",autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"code-input","data-group":m+1})));c.forEach((m,g)=>m.row.querySelector("label").textContent=f("recovery-confirm-group",{n:s[g]+1}));let o=i("div",{class:"out"}),u=m=>m.toUpperCase().replace(/[^0-9A-Z]/g,""),l=y("recovery-confirm-ok",()=>{o.replaceChildren(),s.every((m,g)=>u(c[g].input.value)===u(a[m]))?t.go("home"):o.append(D("recovery-confirm-wrong",void 0,"error"))},{class:"primary","data-action":"confirm-code"});B(e,h("h1","recovery-confirm-title"),i("form",{class:"card",on:{submit:m=>m.preventDefault()}},c.map(m=>m.row),l),o,y("recovery-show-again",()=>vr(e,t,r),{class:"link"}))}function wr(e,t){let r=N("recover-code",i("textarea",{rows:3,autocomplete:"off",autocapitalize:"characters",spellcheck:"false",dir:"ltr",class:"wide"})),a=N("recover-relay",i("input",{type:"url",dir:"ltr",class:"wide",value:location.origin}),"recover-relay-hint"),n=N("passphrase",$e("new-password")),s=N("passphrase-again",$e("new-password")),c=i("div",{class:"out"}),o=y("recover-go",()=>$(o,c,async()=>{gr(n.input.value,s.input.value);let u=await C();u.checkRecoveryCode(r.input.value);let{wallet:l,keystore:m}=u.recoverWallet(r.input.value,n.input.value);await ot(m,l.save()),Se(l);let g=a.input.value.trim();if(r.input.value=n.input.value=s.input.value="",!g)return t.go("home",{notice:"recover-empty"});try{let{syncState:z}=await Q("syncOp",H,g,null,P());return await Ne({relay:g,syncState:z,lastAt:P()}),await U("relay",g),await I(),t.go("home",{notice:"recover-synced"})}catch(z){return t.go("home",{notice:"recover-empty",error:z})}}),{class:"primary","data-action":"recover"});B(e,h("h1","recover-title"),h("p","recover-intro"),i("form",{class:"card",on:{submit:u=>u.preventDefault()}},r.row,a.row,n.row,s.row,o),c,y("back",()=>mt(e,t),{class:"link"}))}Z();re();Y();Z();function Re(){let e=new Map;try{for(let t of v.wallet.attestations(P()))e.set(t.entry,t)}catch(t){console.warn("attestations",t)}return e}function Da(e){let t=new Date((e-1)*1e3);try{return new Intl.DateTimeFormat(L(),{dateStyle:"medium",timeZone:"UTC"}).format(t)}catch{return t.toISOString().slice(0,10)}}function yt(e){let t=`claim-${e}`,r=f(t);return r===t?e:r}function gt(e,t){if(t===!0)return f("claim-yes");if(t===!1)return f("claim-no");if(t==null)return"";if(typeof t!="string")return JSON.stringify(t);if(e==="kind"){let r=`kind-${t}`,a=f(r);if(a!==r)return a}return t}function kt(e){let t={name:e.issuerName||f("attest-some-office"),date:Da(e.expiresAt)};return i("p",{class:e.expired?"badge expired":"badge confirmed","data-badge":e.expired?"expired":"confirmed"},i("span",{class:"badge-mark","aria-hidden":"true",text:e.expired?"!":"✓"}),i("span",{text:f(e.expired?"attest-badge-expired":"attest-badge",t)}))}function br(e){let t=i("dl",{class:"facts small attest-facts"},Object.entries(e.claims).flatMap(([r,a])=>[i("dt",{text:yt(r)}),i("dd",{dir:"auto","data-claim":r,text:gt(r,a)})]));return i("div",{class:"attest","data-attestation":e.expired?"expired":"confirmed","data-entry":e.entry},kt(e),h("p","attest-facts",void 0,{class:"label"}),t)}async function Sr(e,t){let r=v.wallet.publicKey(),a=v.wallet.fingerprint(),n=r.match(/.{1,4}/g),s=await C(),c=URL.createObjectURL(new Blob([s.qrSvg(r)],{type:"image/svg+xml"})),o=i("div",{class:"out"}),u=y("key-copy",async()=>{o.replaceChildren();try{await navigator.clipboard.writeText(r),o.append(D("key-copied",void 0,"ok"))}catch{o.append(D("key-copy-failed",void 0,"error"))}},{"data-action":"copy-key"});B(e,i("section",{class:"key-screen","data-key":r,"data-fingerprint":a},h("h1","key-title"),h("p","key-intro"),i("div",{class:"card"},h("p","key-key",void 0,{class:"label"}),i("p",{class:"key-hex","data-key-text":"",dir:"ltr",lang:"en"},n.map(l=>i("span",{text:l}))),h("p","key-fingerprint",void 0,{class:"label"}),i("p",{class:"key-fp",dir:"ltr","data-key-fingerprint":"",text:a}),h("p","key-fingerprint-hint",void 0,{class:"hint"}),i("img",{src:c,class:"qr key-qr",alt:r}),u,o),h("p","key-not-secret",void 0,{class:"hint"}),y("back",t,{class:"link","data-action":"back"})))}function Ta(e){if(!e||e.name!=="MappeError")return e;let t=e.detail||"",r=null;if(e.code==="integrity"?r="attest-error-integrity":e.code==="expired"?r="attest-error-expired":e.code==="bad_input"?t==="other_holder"?r="attest-error-other_holder":t==="not_yet_valid"?r="attest-error-not_yet_valid":t==="bad_input"?r="attest-error-wrong_paper":r="attest-error-unreadable":e.code==="too_large"&&(r="attest-error-unreadable"),!r)return e;let a=M(r,e.message);return a.coreCode=e.code,a.detail=t,a}var Ma=16*1024*1024;function xr(e,t,r,{done:a,cancel:n,scanCamera:s}){let c=i("textarea",{rows:5,class:"wide attest-text",dir:"ltr",spellcheck:"false",autocapitalize:"off",autocomplete:"off",id:"attest-text","data-input":"attestation"}),o=i("div",{class:"out"}),u=i("div",{class:"camera-slot"}),l=i("input",{type:"file",accept:".sdjwt,.txt,text/plain,image/*",class:"visually-hidden","data-file":"attestation"}),m=()=>{o.firstChild&&o.scrollIntoView({block:"center"})};l.addEventListener("change",()=>$(g,o,async()=>{let b=l.files&&l.files[0];if(l.value="",!b)return;if(b.size>Ma)throw M("attest-error-unreadable");let T=new Uint8Array(await b.slice(0,8).arrayBuffer()),p=b.type.startsWith("image/")||T[0]===137&&T[1]===80||T[0]===255&&T[1]===216,w;if(p){let{readImageQr:S}=await import("./scan.js");if(w=await S(b),!w)throw M("attest-no-code")}else w=await b.text();await R(w)}).then(m));let g=y("attest-file",()=>l.click(),{"data-action":"attest-file"}),z=y("attest-scan",()=>$(z,o,async()=>{let b=await s(u,"attest-scan-title","attest-no-camera");b&&await R(b)}).then(m),{"data-action":"attest-scan"}),x=y("attest-import",()=>$(x,o,()=>R(c.value)).then(m),{class:"primary","data-action":"import-attestation"});async function R(b){let T=String(b||"").trim();if(!T)throw M("attest-empty");try{v.wallet.importAttestation(T,t,P())}catch(p){throw Ta(p)}await I(),a("attest-added")}B(e,h("h1","attest-title"),i("p",{class:"attest-paper",dir:"auto","data-paper":t,text:r}),h("p","attest-intro"),i("form",{class:"card","data-form":"attestation",on:{submit:b=>b.preventDefault()}},i("div",{class:"field"},i("label",{for:"attest-text",text:f("attest-paste"),"data-t":"attest-paste"}),c),x,h("p","attest-or",void 0,{class:"label or"}),i("div",{class:"actions"},g,z),l,u),o,y("cancel",n,{class:"link"}))}Y();Z();re();var Pa=86400,oe=(e,t,r,a,n)=>i("label",{class:"choice"},i("input",{type:"radio",name:e,value:t,checked:n}),i("span",{text:f(r,a)}));function Na(e){return e?e.expired?i("div",{class:"attest-choice","data-attest-item":e.entry},kt(e)):i("fieldset",{class:"attest-choice","data-attest-item":e.entry},i("legend",{text:f("share-attest-title",{name:e.issuerName||f("attest-some-office")})}),Object.entries(e.claims).map(([t,r])=>i("label",{class:"choice fact"},i("input",{type:"checkbox",value:t,"data-claim":t}),i("span",{},i("span",{class:"fact-name",text:yt(t)}),i("span",{class:"fact-value",dir:"auto",text:gt(t,r)})))),h("p","share-attest-hint",void 0,{class:"hint"})):null}async function vt(e,t){let r=v.wallet.fieldChoices(L()),a=Re(),n=new Map;for(let p of r)n.has(p.group)||n.set(p.group,[]),n.get(p.group).push(p);let s=i("fieldset",{class:"card","data-choices":""},i("legend",{text:f("share-what")}),[...n].map(([p,w])=>i("div",{class:"group"},i("h3",{"data-group":p,text:["profile","cv","certificates","residence"].includes(p)?f(`section-${p}`):p}),w.flatMap(S=>[i("label",{class:"choice"},i("input",{type:"checkbox",value:S.path,"data-path":S.path}),i("span",{dir:"auto",text:S.label})),Na(a.get(S.path))])))),c=i("fieldset",{class:"card"},i("legend",{text:f("share-expiry")}),[7,30,90].map(p=>oe("expiry",String(p),"share-days",{days:p},p===30))),o=i("fieldset",{class:"card"},i("legend",{text:f("share-opens")}),[1,3,10].map(p=>oe("opens",String(p),"share-opens-count",{count:p},p===3)),oe("opens","","share-opens-unlimited",void 0,!1)),u=i("fieldset",{class:"card"},i("legend",{text:f("share-live")}),oe("live","no","share-live-no",void 0,!0),oe("live","yes","share-live-yes",void 0,!1)),l=null,m=i("div",{class:"office"}),g=i("fieldset",{class:"card"},i("legend",{text:f("share-who")}),oe("who","anyone","share-who-anyone",void 0,!0),oe("who","office","share-who-office",void 0,!1),m),z=i("input",{type:"text",dir:"auto",class:"wide",maxlength:200,id:"share-purpose"}),x=i("div",{class:"out"}),R=async p=>{let S=(await C()).parseAgencyCard(p.trim());l=p.trim(),m.replaceChildren(i("p",{class:"office-name",dir:"auto","data-office":"",text:f("share-office",{name:S.name,fingerprint:S.fingerprint})}))};g.addEventListener("change",()=>{let p=g.querySelector("input[value=office]").checked;if(l=null,m.replaceChildren(),!p)return;let w=i("input",{type:"file",accept:"application/json,.json,image/*",class:"visually-hidden"});w.addEventListener("change",()=>$(K,x,async()=>{let E=w.files&&w.files[0];if(E)if(E.type.startsWith("image/")){let{readImageQr:X}=await import("./scan.js"),ce=await X(E);if(!ce)throw M("scan-no-code");await R(ce)}else await R(await E.text())}));let S=y("share-scan-card",()=>$(S,x,async()=>{let E=await wt(m);E&&await R(E)}),{"data-action":"scan-card"}),K=y("share-card-file",()=>w.click());m.replaceChildren(i("div",{class:"actions"},S,K),w)});let b=()=>{let p=[...s.querySelectorAll("input[data-path]:checked")].map(E=>E.value),w=[...s.querySelectorAll("[data-attest-item]")].map(E=>({item:E.dataset.attestItem,claims:[...E.querySelectorAll("input[data-claim]:checked")].map(X=>X.value)})).filter(E=>E.claims.length);if(!p.length)throw M(w.length?"share-attest-nothing":"share-nothing");let S=E=>e.querySelector(`input[name=${E}]:checked`).value,K=S("who")==="office";if(K&&!l)throw M("share-scan-card");return{relay:t.relay(),fields:p,expiresAt:P()+Number(S("expiry"))*Pa,maxOpens:S("opens")?Number(S("opens")):null,live:S("live")==="yes",lang:L(),purpose:z.value.trim()||null,audience:K?l:null,attest:w}},T=y("share-preview",()=>$(T,x,async()=>{let p=b(),w=v.wallet.sharePreview(p,P());Ca(e,t,p,w)}),{class:"primary","data-action":"preview"});B(e,h("h1","share-title"),s,c,o,u,g,i("div",{class:"card field"},i("label",{for:"share-purpose",text:f("share-purpose")}),z),T,x),t.ready()}async function wt(e,t="scan-title",r="scan-no-camera"){let{readVideoQr:a}=await import("./scan.js"),n;try{n=await navigator.mediaDevices.getUserMedia({video:{facingMode:"environment"},audio:!1})}catch{throw M(r)}let s=[...e.childNodes],c=!1,o=i("video",{class:"camera",playsinline:!0,muted:!0});o.srcObject=n,e.replaceChildren(h("p",t),o,y("cancel",()=>c=!0));try{return await o.play(),await a(o,()=>c)}finally{for(let u of n.getTracks())u.stop();e.replaceChildren(...s)}}function Ca(e,t,r,a){let n=i("div",{class:"out"}),s=y("share-confirm",()=>$(s,n,async()=>{if(!navigator.onLine)throw M("share-relay-needed");let c=await Q("shareOp",H,r,P());await I(),await U("relay",r.relay),Ia(e,t,c)}),{class:"primary","data-action":"confirm-share"});B(e,h("h1","share-consent-title"),i("div",{class:"consent card",lang:r.lang,dir:Qe(r.lang)?"rtl":"ltr","data-consent":"",text:a.consentText}),i("div",{class:"actions"},s,y("back",()=>vt(e,t))),n)}function Ia(e,t,r){let a=URL.createObjectURL(new Blob([r.qrSvg],{type:"image/svg+xml"}));B(e,i("section",{class:"qr-full","data-share-id":r.shareId,"data-share-url":r.url},h("h1","share-qr-title"),i("img",{src:a,class:"qr",alt:r.url}),y("share-qr-done",()=>t.go("shares"),{class:"primary"})))}var $r=["given_names","family_name","birth_date","birth_place","nationality","contact.phone","contact.email","contact.address"],Ra=["A1","A2","B1","B2","C1","C2"],Er={cv:{title:"section-cv",add:"add-cv",kinds:["education","work","training","other"],fields:[["title","text",!0],["organisation"],["place"],["from","date"],["to","date"],["description","textarea"]],scan:!1},certificates:{title:"section-certificates",add:"add-certificate",kinds:["language","qualification","recognition","other"],fields:[["title","text",!0],["issuer"],["issued_on","date"],["cefr_level","level"],["exam"]],scan:!0},residence:{title:"section-residence",add:"add-residence",kinds:["aufenthaltserlaubnis","niederlassungserlaubnis","aufenthaltsgestattung","duldung","fiktionsbescheinigung","visa","eu_citizen","other"],fields:[["number"],["issued_on","date"],["valid_until","date"],["authority"]],scan:!0}},_r=()=>JSON.parse(v.wallet.json()),Br=e=>`profile-${e.replace(".","_")}`,bt=(e,t)=>t.startsWith("contact.")?e.contact[t.slice(8)]:e[t],Le=e=>i("dd",{dir:"auto",text:e});function J(e,t,r={}){let a=_r(),n=a.profile,s=i("dl",{class:"facts"},$r.flatMap(u=>{let l=bt(n,u),m=l?Le(l):h("dd","not-set",void 0,{class:"unset"});return m.dataset.field=u,[h("dt",Br(u)),m]}),n.aliases.length?[h("dt","profile-aliases"),Le(n.aliases.join(", "))]:[],n.languages.length?[h("dt","profile-languages"),Le(n.languages.map(u=>`${u.language} (${u.level})`).join(", "))]:[]),c=Re(),o=Object.entries(Er).map(([u,l])=>{let m=a[u];return i("section",{class:"section","data-section":u},h("h2",l.title),m.length?i("ul",{class:"items"},m.map(g=>La(e,t,u,l,g,a,c.get(`${u}/${g.id}`)))):h("p","empty-section",void 0,{class:"unset"}),y(l.add,()=>Ar(e,t,u),{class:"add","data-add":u}))});B(e,r.notice?D(r.notice):null,r.error?te(r.error):null,h("h1","home-title"),i("section",{class:"section","data-section":"profile"},h("h2","section-profile"),s,y("profile-edit",()=>Ka(e,t),{"data-action":"edit-profile"})),o,i("p",{class:"fingerprint"},i("span",{text:f("fingerprint",{fingerprint:v.wallet.fingerprint()})})),y("key-open",()=>Sr(e,()=>J(e,t)),{class:"link key-open","data-action":"my-key"})),t.ready()}function La(e,t,r,a,n,s,c){let o=n.title||f(`kind-${n.kind}`),u=i("dl",{class:"facts small"});n.title&&u.append(h("dt","field-kind"),i("dd",{text:f(`kind-${n.kind}`)}));for(let[p]of a.fields)p==="title"||n[p]==null||u.append(h("dt",`field-${p}`),Le(String(n[p])));let l=i("div",{class:"scan-out"}),m=n.attachment?s.attachments.find(p=>p.id===n.attachment):null,g=i("li",{class:"item","data-item":n.id},i("h3",{dir:"auto",text:o}),u,c?br(c):null,m?y("scan-show",p=>Oa(p.currentTarget,l,m),{"data-action":"show-scan"}):null,l),z=i("div",{class:"actions"},y("edit",()=>Ar(e,t,r,n),{"data-action":"edit"}),y("remove",()=>T(),{"data-action":"remove"})),R=r==="residence"||r==="certificates"?y(c?"attest-renew":"attest-add",()=>xr(e,`${r}/${n.id}`,o,{done:p=>J(e,t,{notice:p}),cancel:()=>J(e,t),scanCamera:wt}),{class:"attest-add","data-action":"add-attestation"}):null,b=i("div",{class:"out"});g.append(...[z,R,b].filter(Boolean));function T(){let p=y("yes-remove",()=>$(p,b,async()=>{let w=v.wallet.removeItem(r,n.id)||[];await I({remove:Array.from(w)}),J(e,t,{notice:"saved"})}),{class:"danger","data-action":"confirm-remove"});b.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("p","remove-confirm"),i("div",{class:"actions"},p,y("cancel",()=>b.replaceChildren()))))}return g}async function Oa(e,t,r){await $(e,t,async()=>{let a=await Pe(r.id);if(!a)throw M("error-not_found");let n=v.wallet.readAttachment(r.id,a),s=URL.createObjectURL(new Blob([n],{type:r.media_type}));r.media_type.startsWith("image/")?t.replaceChildren(i("img",{src:s,class:"scan",alt:r.name,"data-scan":r.id})):t.replaceChildren(i("a",{href:s,download:r.name,class:"btn","data-scan":r.id,dir:"auto",text:r.name}))})}function Fa(e){return e[0]===255&&e[1]===216&&e[2]===255?"image/jpeg":e[0]===137&&e[1]===80&&e[2]===78&&e[3]===71?"image/png":String.fromCharCode(...e.subarray(0,5))==="%PDF-"?"application/pdf":null}function Ee(e,t){return e==="textarea"?i("textarea",{rows:4,dir:"auto",class:"wide"},t||""):e==="level"?i("select",{class:"wide"},i("option",{value:"",text:f("level-none")}),Ra.map(r=>i("option",{value:r,text:r,selected:t===r}))):i("input",{type:"text",dir:"auto",class:"wide",value:t||"",inputmode:e==="date"?"numeric":null,placeholder:e==="date"?"2024-05-31":null})}function Ar(e,t,r,a){let n=Er[r],s=a?a.kind:n.kinds[0],c=i("fieldset",{class:"field kinds","data-kinds":""},i("legend",{text:f("field-kind"),"data-t":"field-kind"}),n.kinds.map(p=>i("label",{class:"choice"},i("input",{type:"radio",name:`kind-${r}`,value:p,checked:p===s}),i("span",{text:f(`kind-${p}`)})))),o={row:c,get input(){return c.querySelector("input:checked")||{value:s}}},u=n.fields.map(([p,w])=>[p,N(`field-${p}`,Ee(w,a&&a[p]),w==="date"?"date-hint":null)]),l=null,m=i("p",{class:"file-note",dir:"auto"}),g=p=>{let w=i("input",{type:"file",accept:"image/*,application/pdf",capture:p?"environment":null,class:"visually-hidden","data-file":p?"camera":"file"});return w.addEventListener("change",async()=>{let S=w.files&&w.files[0];if(!S)return;let K=new Uint8Array(await S.arrayBuffer()),E=Fa(K);if(b.replaceChildren(),!E){l=null,m.textContent="",b.append(D("scan-bad-type",void 0,"error"));return}l={bytes:K,name:S.name||"scan",type:E},m.textContent=S.name}),w},z=g(!0),x=g(!1),R=n.scan?i("div",{class:"field"},h("p","field-scan",void 0,{class:"label"}),i("div",{class:"actions"},y("scan-camera",()=>z.click()),y("scan-file",()=>x.click())),z,x,h("p","scan-hint",void 0,{class:"hint"}),m):null,b=i("div",{class:"out"}),T=y("save",()=>$(T,b,async()=>{let p={kind:o.input.value};for(let[E,X]of u)p[E]=X.input.value.trim()===""?null:X.input.value.trim();n.scan&&(p.attachment=a?a.attachment:null);let w=v.wallet,S=a&&a.id;a?w.updateItem(r,S,p):S=w.addItem(r,p);let K=[];if(l){let E=w.addAttachment(r,S,l.bytes,l.name,l.type);K.push([E.id,E.blob])}await I({put:K}),J(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});B(e,h("h1",n.add),i("form",{class:"card","data-form":r,on:{submit:p=>p.preventDefault()}},o.row,u.map(([,p])=>p.row),R,T),b,y("cancel",()=>J(e,t),{class:"link"}))}function Ka(e,t){let r=_r().profile,a=$r.map(l=>[l,N(Br(l),l==="contact.address"?Ee("textarea",r.contact.address):Ee(l==="birth_date"?"date":"text",bt(r,l)),l==="birth_date"?"date-hint":null)]),n=N("profile-aliases",Ee("textarea",r.aliases.join(`
`))),s=N("profile-languages",Ee("textarea",r.languages.map(l=>`${l.language}:${l.level}`).join(`
`))),c=i("div",{class:"out"}),o=l=>l.split(`
`).map(m=>m.trim()).filter(Boolean),u=y("save",()=>$(u,c,async()=>{let l=v.wallet;for(let[g,z]of a){let x=z.input.value.trim()||null;x!==(bt(r,g)??null)&&l.setProfile(g,x)}n.input.value.trim()!==r.aliases.join(`
`)&&l.setAliases(o(n.input.value));let m=r.languages.map(g=>`${g.language}:${g.level}`).join(`
`);s.input.value.trim()!==m&&l.setLanguages(o(s.input.value)),await I(),J(e,t,{notice:"saved"})}),{class:"primary","data-action":"save"});B(e,h("h1","profile-edit"),i("form",{class:"card","data-form":"profile",on:{submit:l=>l.preventDefault()}},a.map(([,l])=>l.row),n.row,s.row,u),c,y("cancel",()=>J(e,t),{class:"link"}))}Y();Z();var ja={profile:"profile",cv:"cv",certificates:"certificates",residence:"residence"},Wa=["active","pending","revoked","expired","used_up"];async function St(e,t,r={}){let a=i("div",{class:"out"}),n=l=>l,s=i("ul",{class:"items","data-shares":""}),c=y("shares-refresh",()=>o(),{"data-action":"refresh"});B(e,r.notice?D(r.notice):null,h("h1","shares-title"),c,a,s),t.ready();async function o(){await $(c,a,async()=>{let l;try{l=await Q("sharesOp",H,P())}catch(g){throw g&&g.code==="unreachable"&&a.append(D("shares-offline")),g}await I();let m=new Map(v.wallet.fieldChoices(L()).map(g=>[g.path,g.label]));n=g=>m.get(g)||f(`section-${ja[g.split(/[./]/)[0]]||"profile"}`),s.replaceChildren(...l.length?l.map(g=>u(g)):[h("li","shares-none",void 0,{class:"unset"})])})}function u(l){let m=Wa.includes(l.status)?l.status:"unknown",g=i("div",{class:"out"}),z=i("li",{class:`item share status-${m}`,"data-share":l.shareId},i("p",{class:"status",text:f(`status-${m}`)}),i("p",{dir:"auto",text:l.audience?f("shares-for-office",{name:l.audience.name||l.audience}):f("shares-for-anyone")}),i("p",{class:"fields",dir:"auto",text:(l.fields||[]).map(x=>n(x)).join(", ")}),l.expiresAt?i("p",{text:f("shares-until",{date:ve(l.expiresAt,L())})}):null,l.live?h("p","shares-live"):null,i("p",{text:f("shares-opened",{count:l.opens||0})}),(l.log||[]).length?i("ul",{class:"log"},l.log.map(x=>i("li",{dir:"auto",text:f("shares-log-line",{date:ve(x.at,L()),by:x.by&&x.by.kind!=="bearer"?x.by.name||x.by.key:f("shares-by-bearer")})}))):null);if(m==="active"||m==="pending"){let x=y("shares-revoke",()=>R(),{class:"danger","data-action":"revoke"});z.append(x);let R=()=>{let b=y("shares-revoke-yes",()=>$(b,g,async()=>{try{await Q("revokeOp",H,l.shareId,P())}catch(T){if(T&&T.code==="unreachable"){await he({op:"revoke",shareId:l.shareId}),g.replaceChildren(D("sync-queued"));return}throw T}await I(),St(e,t,{notice:"shares-revoked"})}),{class:"danger","data-action":"confirm-revoke"});g.replaceChildren(i("div",{class:"confirm",role:"alertdialog"},h("h3","shares-revoke-title"),h("p","shares-revoke-warning",void 0,{class:"warning"}),i("div",{class:"actions"},b,y("cancel",()=>g.replaceChildren()))))}}return z.append(g),z}o()}Y();Z();re();async function xt(e){let t=await st()||{},r=t.relay===e?t.syncState??null:null,{report:a,syncState:n}=await Q("syncOp",H,e,r,P());return await I(),await Ne({relay:e,syncState:n,lastAt:P(),lastReport:a??null}),a}function Ua(e){if(!e||typeof e!="object")return null;let t=0,r=!1;for(let a of["pulled","pushed","received","sent","applied","uploaded","downloaded"])typeof e[a]=="number"&&(t+=e[a],r=!0);return r?t:null}async function zr(e,t){let r=N("sync-relay",i("input",{type:"url",dir:"ltr",class:"wide",value:t.relay()})),a=i("div",{class:"out"}),n=i("p",{class:"last","data-last-sync":""}),s=async()=>{let o=await st();n.textContent=o&&o.lastAt?f("sync-last",{date:ve(o.lastAt,L())}):f("sync-never"),(await Ce()).length&&a.append(D("sync-queued"))},c=y("sync-now",()=>$(c,a,async()=>{let o=r.input.value.trim();if(await U("relay",o),t.setRelay(o),!navigator.onLine){await he({op:"sync"}),a.append(D("sync-offline"));return}try{let u=await xt(o),l=Ua(u);a.append(D("sync-ok",void 0,"ok")),l!==null&&a.append(D("sync-report",{count:l}))}catch(u){throw u&&u.code==="unreachable"&&await he({op:"sync"}),u}await s()}),{class:"primary","data-action":"sync"});B(e,h("h1","sync-title"),h("p","sync-intro"),i("form",{class:"card",on:{submit:o=>o.preventDefault()}},r.row,c),n,a),await s(),t.ready()}var Ga=[["home","nav-home"],["share","nav-share"],["shares","nav-shares"],["sync","nav-sync"],["backup","nav-backup"]],qa={home:J,share:vt,shares:St,sync:zr,backup:yr},Oe=location.origin,F={screen:"start",params:{}},ee=i("main",{id:"view","data-state":"loading"}),Be=i("select",{class:"lang","aria-label":"language","data-lang-switch":""}),Fe=i("button",{type:"button",class:"lock","data-action":"lock"}),Tr=i("header",{class:"bar"},i("span",{class:"brand","data-t":"app-name"}),Be,Fe),$t=i("nav",{class:"tabs"}),_e={go(e,t={}){F={screen:e,params:t},Ke(),e==="home"&&Mr().catch(r=>console.warn("queue",r))},ready(){ee.dataset.state="ready",ee.dataset.screen=F.screen,performance.mark(`mappe:screen-${F.screen}`)},relay:()=>Oe,setRelay(e){Oe=e}};function Dr(){Tr.querySelector(".brand").textContent=f("app-name"),Be.setAttribute("aria-label",f("language")),Be.replaceChildren(...de.map(e=>i("option",{value:e,lang:e,text:Yt(e),selected:e===L()}))),Fe.textContent=f("lock"),Fe.hidden=!v.wallet,$t.hidden=!v.wallet,$t.replaceChildren(...Ga.map(([e,t])=>i("button",{type:"button",class:e===F.screen?"tab current":"tab","data-tab":e,"aria-current":e===F.screen?"page":null,text:f(t),on:{click:()=>_e.go(e)}})))}async function Ke(){Dr(),ee.dataset.state="loading";try{!v.wallet||F.screen==="start"?(F.screen!=="start"&&(F={screen:"start",params:{}}),await mt(ee,_e,F.params.reason),F.params.notice&&ee.prepend(D(F.params.notice))):(await xe(),await qa[F.screen](ee,_e,F.params))}catch(e){B(ee,te(e)),_e.ready()}Dr()}v.onLock=e=>_e.go("start",{reason:e});v.onChange=()=>{F.screen==="home"&&!ee.querySelector("form")&&Ke()};Fe.addEventListener("click",()=>pe("button"));Be.addEventListener("change",async()=>{He(Be.value),await U("lang",L()),Ke()});async function Mr(){!v.wallet||!navigator.onLine||await ut(async e=>{if(e.op==="sync")await xt(Oe);else if(e.op==="revoke"){let{now:t}=await Promise.resolve().then(()=>(Y(),Qt)),{host:r,save:a,op:n}=await Promise.resolve().then(()=>(Z(),hr));await n("revokeOp",r,e.shareId,t()),await a()}})}addEventListener("online",()=>Mr().catch(e=>console.warn("queue",e)));async function Va(){document.body.append(Tr,ee,$t);let e="serviceWorker"in navigator?navigator.serviceWorker:null;e&&!e.controller?new Promise(a=>{e.addEventListener("controllerchange",a,{once:!0}),setTimeout(a,15e3)}).then(()=>C()).catch(()=>{}):C().catch(()=>{});let t=null;try{t=await ue("lang"),Oe=await ue("relay")||location.origin}catch(r){console.warn("settings",r)}He(Ve(t,navigator.languages)),await Ke(),"serviceWorker"in navigator&&navigator.serviceWorker.register("/app/sw.js",{scope:"/app/"}).catch(r=>console.warn("service worker",r))}Va();export{h as tr};
