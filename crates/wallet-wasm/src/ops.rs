//! Relay operations (share, shares, revoke, sync): added by the lead.
