package multicountry

// The two paths of Exchange, for the test that checks they agree.
var (
	ExchangeFast    = exchangeFast
	ExchangeDecimal = exchangeDecimal
)

// QuoRem128 exposes the fast path's 128-bit division to its test.
func QuoRem128(xh, xl, yh, yl uint64) (qh, ql, rh, rl uint64) {
	q, r := uint128{xh, xl}.quoRem(uint128{yh, yl})
	return q.hi, q.lo, r.hi, r.lo
}
