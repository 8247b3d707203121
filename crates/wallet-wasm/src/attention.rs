//! What needs the person's attention, for the app's start screen: the core's notices
//! (`wallet_core::attention`) and which papers have ended, so the screen marks them without
//! deciding anything itself.

use wasm_bindgen::prelude::*;

use crate::error::MappeError;
use crate::js;
use crate::wallet::Wallet;

#[wasm_bindgen]
impl Wallet {
    /// What needs attention at `now` (Unix seconds), most urgent first: objects `{urgency, kind,
    /// subject, label, date, days_left, advice}` as `mappe status --json` prints them. `opens`
    /// (optional) maps share ids to the open counts the relay last reported, so shares nobody
    /// opened for days are named too.
    pub fn notices(&self, now: f64, opens: JsValue) -> Result<JsValue, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        let opens: wallet_core::attention::Opens =
            if opens.is_undefined() || opens.is_null() { Default::default() } else { js::from_js(&opens, "opens")? };
        let list = wallet_core::attention::notices_with_opens(self.doc(), now, &opens).map_err(MappeError::from)?;
        Ok(js::to_js(&list)?)
    }

    /// The residence papers that have ended at `now`, as `residence/<id>`, to mark "expired".
    #[wasm_bindgen(js_name = endedEntries)]
    pub fn ended_entries(&self, now: f64) -> Result<Vec<String>, JsValue> {
        let now = js::unix_seconds(now, "now")?;
        Ok(wallet_core::attention::ended_entries(self.doc(), now).map_err(MappeError::from)?)
    }
}
