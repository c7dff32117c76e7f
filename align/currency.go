package align

import "strings"

// isoCurrencyTable lists the currencies of ISO 4217 by code, each with
// the noun that names it in English and that noun's plural forms ("AUD
// dollar" is the Australian dollar). A name that is also a common word
// after a number ("mark", "sum") is left out; the code still reads.
const isoCurrencyTable = `AED dirham dirhams|AFN afghani afghanis|ALL lek leke lekë|AMD dram drams|ANG guilder guilders|
AOA kwanza kwanzas|ARS peso pesos|AUD dollar|AWG florin florins|AZN manat manats|BAM|BBD dollar|BDT taka|
BGN lev leva|BHD dinar dinars|BIF franc francs|BMD dollar|BND dollar|BOB boliviano bolivianos|BRL reais|
BSD dollar|BTN ngultrum ngultrums|BWP pula|BYN ruble rubles rouble roubles|BZD dollar|CAD dollar|CDF franc francs|
CHF franc francs|CLP peso pesos|CNY yuan|COP peso pesos|CRC colon colones colons|CUP peso pesos|CVE escudo escudos|
CZK koruna korunas koruny|DJF franc francs|DKK krone kroner|DOP peso pesos|DZD dinar dinars|EGP pound|
ERN nakfa nakfas|ETB birr birrs|EUR euro|FJD dollar|FKP pound|GBP pound|GEL lari laris|GHS cedi cedis|GIP pound|
GMD dalasi dalasis|GNF franc francs|GTQ quetzal quetzales quetzals|GYD dollar|HKD dollar|HNL lempira lempiras|
HTG gourde gourdes|HUF forint forints|IDR rupiah rupiahs|ILS shekel shekels shekalim|INR rupee|IQD dinar dinars|
IRR rial rials|ISK krona kronur|JMD dollar|JOD dinar dinars|JPY yen|KES shilling shillings|KGS som soms|
KHR riel riels|KMF franc francs|KPW won|KRW won|KWD dinar dinars|KYD dollar|KZT tenge tenges|LAK kip kips|
LBP pound|LKR rupee|LRD dollar|LSL loti maloti|LYD dinar dinars|MAD dirham dirhams|MDL leu lei|
MGA ariary ariaries|MKD denar denars denari|MMK kyat kyats|MNT tugrik tugriks togrog|MOP pataca patacas|
MRU ouguiya ouguiyas|MUR rupee|MVR rufiyaa rufiyaas|MWK kwacha kwachas|MXN peso pesos|MYR ringgit ringgits|
MZN metical meticais meticals|NAD dollar|NGN naira nairas|NIO cordoba cordobas|NOK krone kroner|NPR rupee|
NZD dollar|OMR rial rials|PAB balboa balboas|PEN sol soles sols|PGK kina kinas|PHP peso pesos|PKR rupee|
PLN zloty zlotys zlotych|PYG guarani guaranis guaranies|QAR riyal riyals|RON leu lei|RSD dinar dinars|
RUB ruble rubles rouble roubles|RWF franc francs|SAR riyal riyals|SBD dollar|SCR rupee|SDG pound|
SEK krona kronor|SGD dollar|SHP pound|SLE leone leones|SOS shilling shillings|SRD dollar|SSP pound|
STN dobra dobras|SVC colon colones colons|SYP pound|SZL lilangeni emalangeni|THB baht bahts|TJS somoni somonis|
TMT manat manats|TND dinar dinars|TOP paanga paangas|TRY lira liras lire|TTD dollar|TWD dollar|
TZS shilling shillings|UAH hryvnia hryvnias hryvnias|UGX shilling shillings|USD dollar|UYU peso pesos|UZS|
VES bolivar bolivars bolivares|VND dong|VUV vatu vatus|WST tala talas|XAF franc francs|XCD dollar|
XOF franc francs|XPF franc francs|YER rial rials|ZAR rand rands|ZMW kwacha kwachas|ZWG gold`

// isoCurrencies indexes isoCurrencyTable: unit maps the code of a
// currency compared as a unit of measure (the dollars, pounds, rupees,
// euro, yen and yuan: "AUD 5 billion" is "5 billion dollars") to that
// unit; key maps every other code, and byName its names, to the key that
// marks its amounts, the one currencyOfName gives where it knows the
// name: "HUF 4 billion" and "4 billion forints" are both
// "forint:4000000000", "MXN 250 million" and "250 million pesos" both
// "p:250000000".
var isoCurrencies = func() (c struct{ unit, key, byName map[string]string }) {
	c.unit, c.key, c.byName = map[string]string{}, map[string]string{}, map[string]string{}
	for _, e := range strings.Split(isoCurrencyTable, "|") {
		f := strings.Fields(e)
		code := strings.ToLower(f[0])
		if len(f) == 1 {
			c.key[code] = code
			continue
		}
		if measureUnits[f[1]] {
			c.unit[code] = f[1]
			continue
		}
		key := currencyOfName[f[1]]
		if key == "" {
			key = f[1]
		}
		c.key[code] = key
		for _, n := range f[1:] {
			if currencyOfName[n] == "" {
				c.byName[n] = key
			}
		}
	}
	return c
}()

// isoCode reports whether token text is written as an ISO 4217 code: three
// capital letters of a listed currency.
func isoCode(text string) bool {
	if len(text) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if text[i] < 'A' || text[i] > 'Z' {
			return false
		}
	}
	k := strings.ToLower(text)
	return isoCurrencies.unit[k] != "" || isoCurrencies.key[k] != ""
}

// currencyKeyOfName returns the key of the currency named by n, a word
// after a number ("riyals", "forints"), or "".
func currencyKeyOfName(n string) string {
	n = unaccented(n) // "złoty" is "zloty"
	if k := currencyOfName[n]; k != "" {
		return k
	}
	return isoCurrencies.byName[n]
}

// currencyUnits names the unit of a currency symbol, as the singular
// unit word that unitKey gives for the written-out currency.
var currencyUnits = map[string]string{"$": "dollar", "£": "pound", "€": "euro", "₹": "rupee", "¥": "yen"}

// currencyNames are the written-out currencies, compared with numbers.
var currencyNames = set(`dollar dollars euro euros pound pounds sterling rupee rupees yen yuan renminbi
cents pence riyal riyals dirham dirhams peso pesos naira rand shilling shillings ringgit rupiah cedi cedis
dinar dinars lira franc francs baht krona kronor krone kroner zloty`)

// countryCurrencies gives the ISO 4217 code of the currencies several
// countries name alike, by the country's word before the name: "Hong
// Kong dollars" are "HKD".
var countryCurrencies = func() map[string]string {
	m := make(map[string]string)
	for _, e := range strings.Split(`aud australian|cad canadian|nzd new zealand|hkd hong kong|sgd singapore|twd taiwan|`+
		`jmd jamaican|nad namibian|fjd fijian|zwl zimbabwean|egp egyptian|lbp lebanese|syp syrian|sdg sudanese|`+
		`mxn mexican|ars argentine|ars argentinian|clp chilean|cop colombian|php philippine|cup cuban|uyu uruguayan|`+
		`dop dominican|pkr pakistani|lkr sri lankan|npr nepalese|npr nepali|mur mauritian|chf swiss|rwf rwandan|`+
		`bif burundian|cdf congolese|gnf guinean|dkk danish|nok norwegian|sek swedish|isk icelandic|kwd kuwaiti|`+
		`bhd bahraini|jod jordanian|iqd iraqi|dzd algerian|tnd tunisian|lyd libyan|rsd serbian|sar saudi|qar qatari|`+
		`omr omani|irr iranian|yer yemeni|kes kenyan|ugx ugandan|tzs tanzanian|sos somali|aed emirati|aed uae|`+
		`mad moroccan|try turkish|xof cfa|xpf cfp|usd us|usd u.s|usd american|usd united states|gbp british|gbp uk|gbp u.k|inr indian`, "|") {
		code, country, _ := strings.Cut(e, " ")
		m[country] = code
	}
	return m
}()

// sharedCurrencies are the currencies several countries name alike.
var sharedCurrencies = set(`dollar pound peso rupee franc krone kroner krona kronor dinar riyal rial shilling dirham lira`)

// currencyWord reports whether lower-case word w names a currency after
// an amount: "dollars", "dong", "forints".
func currencyWord(w string) bool {
	return currencyNames[w] || currencyKeyOfName(w) != ""
}

// currencyAbbrevs maps the abbreviations of currencies without a symbol
// of their own that are read in any case ("Ksh 500", "Php 2 billion",
// "SR2.8 billion") to the key of their amounts. An ISO code maps to "",
// its key being the one isoCurrencies gives; other ISO codes are read
// only in capitals (isoCode), for "ALL" and "TRY" are also words.
var currencyAbbrevs = map[string]string{"sr": "sr", "qr": "sr", "dh": "aed", "dhs": "aed", "p": "p", "ksh": "ksh",
	"sh": "ksh", "tsh": "ksh", "r": "r", "rm": "rm", "n": "n", "tk": "tk", "rp": "rp",
	"sar": "", "qar": "", "aed": "", "php": "", "kes": "", "ugx": "", "zar": "", "myr": "", "ngn": "", "ghs": "",
	"bdt": "", "idr": "", "thb": "", "vnd": "", "chf": "", "krw": "", "brl": ""}

// currencyKeyOfCode returns the key of the amounts of the currency whose
// lower-cased code or abbreviation is code, as written by text ("KSh",
// "HUF"), or "": "SR2.8 billion", "SAR 2.8 billion" and "2.8 billion
// riyals" are all "sr:2800000000". A glued code ("vnd300") is read in any
// case.
func currencyKeyOfCode(code, text string, glued bool) string {
	k, ok := currencyAbbrevs[code]
	if k != "" {
		return k
	}
	if ok || glued || isoCode(text) {
		return isoCurrencies.key[code]
	}
	return ""
}

// currencyOfName maps the written-out names of currencies without a
// symbol of their own to the key of their amounts (see
// currencyKeyOfCode).
var currencyOfName = map[string]string{"riyal": "sr", "riyals": "sr", "rial": "sr", "rials": "sr",
	"dirham": "aed", "dirhams": "aed", "peso": "p", "pesos": "p", "shilling": "ksh", "shillings": "ksh",
	"rand": "r", "ringgit": "rm", "naira": "n", "cedi": "ghs", "cedis": "ghs", "taka": "tk", "rupiah": "rp",
	"baht": "thb", "dong": "vnd", "francs": "fr", "franc": "fr", "reais": "brl"}

// dollarCountries are the letters that say whose dollar a "$" is, written
// before it ("US$", "A$", "HK$") or, in Australian and New Zealand copy,
// after it ("$US", "$A").
var dollarCountries = set(`us a au nz c ca hk s sg nt f fj`)

// currencyCodes maps currency codes and abbreviations written before a
// number to their symbol.
var currencyCodes = map[string]string{"usd": "$", "us$": "$", "eur": "€", "gbp": "£", "inr": "₹",
	"rs": "₹", "jpy": "¥"}
