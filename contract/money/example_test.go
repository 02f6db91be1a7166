package money_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

// An amount is read from its text form and carries its currency; mixing
// currencies is an error, never a silent result.
func ExampleParse() {
	price, err := money.Parse("12.5 USD")
	if err != nil {
		panic(err)
	}
	fee, err := money.Parse("0.25 USD")
	if err != nil {
		panic(err)
	}
	total, err := price.Add(fee)
	if err != nil {
		panic(err)
	}
	fmt.Println(total)
	_, err = total.Add(money.MustParse("1000 KRW"))
	fmt.Println(errors.Is(err, money.ErrCurrency), err)
	// Output:
	// 12.75 USD
	// true money: currency mismatch: USD + KRW
}

// The zero Amount starts a running total in whatever currency is added.
func ExampleAmount_Add() {
	var total money.Amount
	for _, s := range []string{"10000 KRW", "2500 KRW", "-500 KRW"} {
		var err error
		if total, err = total.Add(money.MustParse(s)); err != nil {
			panic(err)
		}
	}
	fmt.Println(total)
	// Output: 12000 KRW
}

// A 50% cancellation fee on 12,345 KRW is 6,172.5 KRW exactly; prepaid, it
// is rounded half up to the won, once (D-CANCEL).
func ExampleAmount_RoundToMinor() {
	price := money.MustParse("12345 KRW")
	fee, err := price.Mul(decimal.New(5, -1))
	if err != nil {
		panic(err)
	}
	fmt.Println(fee, "→", fee.RoundToMinor())
	// Output: 6172.5 KRW → 6173 KRW
}

// 반올림 to a whole unit is half up (D-CRED-1).
func ExampleAmount_RoundToWhole() {
	fmt.Println(money.MustParse("2.5 USD").RoundToWhole(), money.MustParse("2.4999 USD").RoundToWhole())
	// Output: 3.00 USD 2.00 USD
}

// A service priced 2,500 USD at a credit price of 1,000 USD costs
// round_half_up(2.5) = 3 credits (D-CRED-1).
func ExampleAmount_RatioHalfUp() {
	credits, err := money.MustParse("2500 USD").RatioHalfUp(money.MustParse("1000 USD"), 0)
	if err != nil {
		panic(err)
	}
	fmt.Println(credits)
	// Output: 3
}

// The JSON form writes the amount as a string with the currency's minor
// digits, whatever decimal's package settings say.
func ExampleAmount_MarshalJSON() {
	a, err := money.FromMinor(1250, currency.USD)
	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back money.Amount
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Println(back.Equal(a))
	// Output:
	// {"amount":"12.50","currency":"USD"}
	// true
}
