//! Crockford base32: digits and capital letters without I, L, O and U, so codes can be read
//! aloud and typed without confusing 0/O or 1/I/L.

/// The 32 symbols, in value order.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Encodes bytes as base32 symbols, most significant bit first, zero bits padding the last symbol.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((acc >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((acc << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The value of one symbol, accepting lower case and the readable confusions O→0, I/L→1.
pub fn symbol_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|v| v as u8)
}

/// Decodes symbol values into `n` bytes; `None` unless the leftover padding bits are zero.
pub fn decode_values(values: &[u8], n: usize) -> Option<Vec<u8>> {
    if values.len() != (n * 8).div_ceil(5) {
        return None;
    }
    let mut out = Vec::with_capacity(n);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &v in values {
        acc = (acc << 5) | u32::from(v & 31);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xff) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if acc != 0 {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_known_bytes() {
        assert_eq!(encode(&[0x00]), "00");
        assert_eq!(encode(&[0xff]), "ZW");
        // RFC 4648 base32 of these bytes is "AEBAGBAF"; the same values in Crockford's alphabet:
        assert_eq!(encode(b"\x01\x02\x03\x04\x05"), "04106105");
    }

    #[test]
    fn decodes_what_it_encodes() {
        for len in 0..40usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = encode(&bytes);
            let values: Vec<u8> = text.chars().map(|c| symbol_value(c).unwrap()).collect();
            assert_eq!(decode_values(&values, len).unwrap(), bytes);
        }
    }

    #[test]
    fn readable_confusions_map_to_digits() {
        assert_eq!(symbol_value('o'), Some(0));
        assert_eq!(symbol_value('I'), Some(1));
        assert_eq!(symbol_value('l'), Some(1));
        assert_eq!(symbol_value('U'), None);
        assert_eq!(symbol_value('*'), None);
    }

    #[test]
    fn nonzero_padding_is_rejected() {
        // "ZZ" carries 10 bits for 1 byte: the last 2 bits must be zero.
        assert!(decode_values(&[31, 31], 1).is_none());
        assert_eq!(decode_values(&[31, 28], 1), Some(vec![0xff]));
    }
}
