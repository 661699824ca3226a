//! Country names for the FIFA trigrams of `{{flagicon}}`, shown beside each
//! team's code badge and read out by screen readers, in each language of the
//! widget (French and Arabic from the Unicode CLDR, as browsers'
//! `Intl.DisplayNames` give them, with the names of 2017 where they differ).

use cup_bracket_core::model::Lang;

/// One country: its FIFA trigram and its name in English, French and Arabic.
struct Country {
    code: &'static str,
    names: [&'static str; 3],
}

/// The country's name in `lang`, or `None` for a code this table lacks (the
/// widget then shows the code alone).
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    // A table scanned in order, not a `match`: the match compiled to a
    // comparison tree of about 1.5 KB of wasm.
    COUNTRIES
        .iter()
        .find(|country| country.code == code)
        .and_then(|country| country.names.get(column(lang)).copied())
}

/// A country named in English (a referee's, as the data writes it) in
/// `lang`; the name as written when the table lacks it.
pub fn country_in(english: &str, lang: Lang) -> &str {
    COUNTRIES
        .iter()
        .find(|country| country.names[0] == english)
        .and_then(|country| country.names.get(column(lang)).copied())
        .unwrap_or(english)
}

/// Where `lang`'s name stands in a country's `names`.
fn column(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Ar => 2,
    }
}

const COUNTRIES: [Country; 55] = [
    Country {
        code: "ALG",
        names: ["Algeria", "Algérie", "الجزائر"],
    },
    Country {
        code: "ANG",
        names: ["Angola", "Angola", "أنغولا"],
    },
    Country {
        code: "BDI",
        names: ["Burundi", "Burundi", "بوروندي"],
    },
    Country {
        code: "BEN",
        names: ["Benin", "Bénin", "بنين"],
    },
    Country {
        code: "BFA",
        names: ["Burkina Faso", "Burkina Faso", "بوركينا فاسو"],
    },
    Country {
        code: "BOT",
        names: ["Botswana", "Botswana", "بوتسوانا"],
    },
    Country {
        code: "CGO",
        names: ["Congo", "Congo", "الكونغو"],
    },
    Country {
        code: "CHA",
        names: ["Chad", "Tchad", "تشاد"],
    },
    Country {
        code: "CIV",
        names: ["Ivory Coast", "Côte d’Ivoire", "ساحل العاج"],
    },
    Country {
        code: "CMR",
        names: ["Cameroon", "Cameroun", "الكاميرون"],
    },
    Country {
        code: "COD",
        names: ["DR Congo", "RD Congo", "الكونغو الديمقراطية"],
    },
    Country {
        code: "COM",
        names: ["Comoros", "Comores", "جزر القمر"],
    },
    Country {
        code: "CPV",
        names: ["Cape Verde", "Cap-Vert", "الرأس الأخضر"],
    },
    Country {
        code: "CTA",
        names: [
            "Central African Republic",
            "République centrafricaine",
            "جمهورية أفريقيا الوسطى",
        ],
    },
    Country {
        code: "DJI",
        names: ["Djibouti", "Djibouti", "جيبوتي"],
    },
    Country {
        code: "EGY",
        names: ["Egypt", "Égypte", "مصر"],
    },
    Country {
        code: "EQG",
        names: ["Equatorial Guinea", "Guinée équatoriale", "غينيا الاستوائية"],
    },
    Country {
        code: "ERI",
        names: ["Eritrea", "Érythrée", "إريتريا"],
    },
    Country {
        code: "ETH",
        names: ["Ethiopia", "Éthiopie", "إثيوبيا"],
    },
    Country {
        code: "GAB",
        names: ["Gabon", "Gabon", "الغابون"],
    },
    Country {
        code: "GAM",
        names: ["Gambia", "Gambie", "غامبيا"],
    },
    Country {
        code: "GHA",
        names: ["Ghana", "Ghana", "غانا"],
    },
    Country {
        code: "GNB",
        names: ["Guinea-Bissau", "Guinée-Bissau", "غينيا بيساو"],
    },
    Country {
        code: "GUI",
        names: ["Guinea", "Guinée", "غينيا"],
    },
    Country {
        code: "KEN",
        names: ["Kenya", "Kenya", "كينيا"],
    },
    Country {
        code: "LBR",
        names: ["Liberia", "Liberia", "ليبيريا"],
    },
    Country {
        code: "LBY",
        names: ["Libya", "Libye", "ليبيا"],
    },
    Country {
        code: "LES",
        names: ["Lesotho", "Lesotho", "ليسوتو"],
    },
    Country {
        code: "MAD",
        names: ["Madagascar", "Madagascar", "مدغشقر"],
    },
    Country {
        code: "MAR",
        names: ["Morocco", "Maroc", "المغرب"],
    },
    Country {
        code: "MLI",
        names: ["Mali", "Mali", "مالي"],
    },
    Country {
        code: "MOZ",
        names: ["Mozambique", "Mozambique", "موزمبيق"],
    },
    Country {
        code: "MRI",
        names: ["Mauritius", "Maurice", "موريشيوس"],
    },
    Country {
        code: "MTN",
        names: ["Mauritania", "Mauritanie", "موريتانيا"],
    },
    Country {
        code: "MWI",
        names: ["Malawi", "Malawi", "ملاوي"],
    },
    Country {
        code: "NAM",
        names: ["Namibia", "Namibie", "ناميبيا"],
    },
    Country {
        code: "NGA",
        names: ["Nigeria", "Nigeria", "نيجيريا"],
    },
    Country {
        code: "NIG",
        names: ["Niger", "Niger", "النيجر"],
    },
    Country {
        code: "RSA",
        names: ["South Africa", "Afrique du Sud", "جنوب أفريقيا"],
    },
    Country {
        code: "RWA",
        names: ["Rwanda", "Rwanda", "رواندا"],
    },
    Country {
        code: "SDN",
        names: ["Sudan", "Soudan", "السودان"],
    },
    Country {
        code: "SEN",
        names: ["Senegal", "Sénégal", "السنغال"],
    },
    Country {
        code: "SEY",
        names: ["Seychelles", "Seychelles", "سيشل"],
    },
    Country {
        code: "SLE",
        names: ["Sierra Leone", "Sierra Leone", "سيراليون"],
    },
    Country {
        code: "SOM",
        names: ["Somalia", "Somalie", "الصومال"],
    },
    Country {
        code: "SSD",
        names: ["South Sudan", "Soudan du Sud", "جنوب السودان"],
    },
    Country {
        code: "STP",
        names: [
            "São Tomé and Príncipe",
            "Sao Tomé-et-Principe",
            "ساو تومي وبرينسيبي",
        ],
    },
    Country {
        code: "SWZ",
        names: ["Swaziland", "Swaziland", "سوازيلاند"],
    },
    Country {
        code: "TAN",
        names: ["Tanzania", "Tanzanie", "تنزانيا"],
    },
    Country {
        code: "TOG",
        names: ["Togo", "Togo", "توغو"],
    },
    Country {
        code: "TUN",
        names: ["Tunisia", "Tunisie", "تونس"],
    },
    Country {
        code: "UGA",
        names: ["Uganda", "Ouganda", "أوغندا"],
    },
    Country {
        code: "ZAM",
        names: ["Zambia", "Zambie", "زامبيا"],
    },
    Country {
        code: "ZAN",
        names: ["Zanzibar", "Zanzibar", "زنجبار"],
    },
    Country {
        code: "ZIM",
        names: ["Zimbabwe", "Zimbabwe", "زيمبابوي"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_name() {
        assert_eq!(country_name("GUI", Lang::En), Some("Guinea"));
        assert_eq!(country_name("GUI", Lang::Fr), Some("Guinée"));
        assert_eq!(country_name("MAR", Lang::Ar), Some("المغرب"));
        assert_eq!(country_name("XYZ", Lang::Fr), None);
        assert_eq!(country_in("Guinea-Bissau", Lang::Fr), "Guinée-Bissau");
        assert_eq!(country_in("Nowhere", Lang::Ar), "Nowhere");
    }
}
