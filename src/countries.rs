//! Country names for the FIFA trigrams of `{{flagicon}}`, shown beside each
//! team's code badge and read out by screen readers.

/// The country's English name, or `None` for a code this table lacks
/// (the widget then shows the code alone).
pub fn country_name(code: &str) -> Option<&'static str> {
    // A table scanned in order, not a `match`: the match compiled to a
    // comparison tree of about 1.5 KB of wasm.
    COUNTRIES
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, name)| *name)
}

/// FIFA trigram and English name.
const COUNTRIES: [(&str, &str); 55] = [
    ("ALG", "Algeria"),
    ("ANG", "Angola"),
    ("BDI", "Burundi"),
    ("BEN", "Benin"),
    ("BFA", "Burkina Faso"),
    ("BOT", "Botswana"),
    ("CGO", "Congo"),
    ("CHA", "Chad"),
    ("CIV", "Ivory Coast"),
    ("CMR", "Cameroon"),
    ("COD", "DR Congo"),
    ("COM", "Comoros"),
    ("CPV", "Cape Verde"),
    ("CTA", "Central African Republic"),
    ("DJI", "Djibouti"),
    ("EGY", "Egypt"),
    ("EQG", "Equatorial Guinea"),
    ("ERI", "Eritrea"),
    ("ETH", "Ethiopia"),
    ("GAB", "Gabon"),
    ("GAM", "Gambia"),
    ("GHA", "Ghana"),
    ("GNB", "Guinea-Bissau"),
    ("GUI", "Guinea"),
    ("KEN", "Kenya"),
    ("LBR", "Liberia"),
    ("LBY", "Libya"),
    ("LES", "Lesotho"),
    ("MAD", "Madagascar"),
    ("MAR", "Morocco"),
    ("MLI", "Mali"),
    ("MOZ", "Mozambique"),
    ("MRI", "Mauritius"),
    ("MTN", "Mauritania"),
    ("MWI", "Malawi"),
    ("NAM", "Namibia"),
    ("NGA", "Nigeria"),
    ("NIG", "Niger"),
    ("RSA", "South Africa"),
    ("RWA", "Rwanda"),
    ("SDN", "Sudan"),
    ("SEN", "Senegal"),
    ("SEY", "Seychelles"),
    ("SLE", "Sierra Leone"),
    ("SOM", "Somalia"),
    ("SSD", "South Sudan"),
    ("STP", "São Tomé and Príncipe"),
    ("SWZ", "Swaziland"),
    ("TAN", "Tanzania"),
    ("TOG", "Togo"),
    ("TUN", "Tunisia"),
    ("UGA", "Uganda"),
    ("ZAM", "Zambia"),
    ("ZAN", "Zanzibar"),
    ("ZIM", "Zimbabwe"),
];

#[cfg(test)]
mod tests {
    use super::country_name;

    #[test]
    fn known_and_unknown_codes() {
        assert_eq!(country_name("MAR"), Some("Morocco"));
        assert_eq!(country_name("STP"), Some("São Tomé and Príncipe"));
        assert_eq!(country_name("ZIM"), Some("Zimbabwe"));
        assert_eq!(country_name("XYZ"), None);
        assert_eq!(country_name(""), None);
    }
}
