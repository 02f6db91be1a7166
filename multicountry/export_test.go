package multicountry

// The two paths of Exchange, for the test that checks they agree.
var (
	ExchangeFast    = exchangeFast
	ExchangeDecimal = exchangeDecimal
)
