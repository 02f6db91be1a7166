package contract_test

import (
	"errors"
	"testing"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
)

// TestExtendedCapabilitiesThreshold (AED-5, AED-6, D-AED-1, AMB-12):
// 60,000,000 USD inclusive, or the opt-in.
func TestExtendedCapabilitiesThreshold(t *testing.T) {
	tests := []struct {
		spend    string
		optIn    contract.OptIn
		extended bool
	}{
		{"0", contract.NotOptedIn, false},
		{"59999999.99", contract.NotOptedIn, false}, // one cent below
		{"60000000", contract.NotOptedIn, true},     // exactly the threshold
		{"60000000.00", contract.NotOptedIn, true},
		{"60000000.01", contract.NotOptedIn, true},
		{"0", contract.OptedIn, true}, // the cap price paid
		{"75000000", contract.OptedIn, true},
	}
	for _, tt := range tests {
		e, err := contract.ExtendedCapabilities(usd(tt.spend), tt.optIn)
		if err != nil {
			t.Fatal(err)
		}
		if e.Extended != tt.extended || !e.Rules.Has("D-AED-1") || e.Rules.Has("AED-6") == tt.extended {
			t.Errorf("ExtendedCapabilities(%s, %v) = %+v, want extended %v", tt.spend, tt.optIn, e, tt.extended)
		}
		for id := catalogue.AEDEngineeringInterface; id <= catalogue.AEDKnowMe; id++ {
			extendedOnly := id >= catalogue.AEDPlatformMonitoring
			if got := e.CapabilityAvailable(id); got != (!extendedOnly || tt.extended) {
				t.Errorf("CapabilityAvailable(%v) = %v for %+v", id, got, e)
			}
		}
	}
	if _, err := contract.ExtendedCapabilities(usd("-1"), contract.NotOptedIn); !errors.Is(err, money.ErrNegative) {
		t.Errorf("negative spend: %v", err)
	}
	// AED-5 states the threshold in USD: a spend in another currency is
	// refused, even zero; the zero Amount is no spend.
	for _, spend := range []money.Amount{money.MustParse("60000000 KRW"), money.MustParse("0 KRW"), money.MustParse("-1 EUR")} {
		if _, err := contract.ExtendedCapabilities(spend, contract.OptedIn); !errors.Is(err, money.ErrCurrency) {
			t.Errorf("spend %v: %v, want ErrCurrency", spend, err)
		}
	}
	if e, err := contract.ExtendedCapabilities(money.Amount{}, contract.NotOptedIn); err != nil || e.Extended || e.BySpend {
		t.Errorf("no spend stated: %+v, %v", e, err)
	}
	w := contoso()
	w.AssessedProductSpend = money.Amount{}
	w.ExtendedCapabilitiesOptIn = contract.OptedIn
	if e, err := contract.AEDEligibility(w); err != nil || !e.Extended || e.BySpend || !e.ByOptIn {
		t.Errorf("AEDEligibility of an opt-in without spend = %+v, %v", e, err)
	}
	if (contract.Eligibility{Extended: true}).CapabilityAvailable(catalogue.RapidResponse) {
		t.Errorf("Rapid Response reported as an AED capability")
	}
	if e, err := contract.AEDEligibility(contoso()); err != nil || !e.Extended || !e.BySpend {
		t.Errorf("sample AEDEligibility = %+v, %v", e, err)
	}
}

// TestAEMAvailable (AEM-17, AEM-18): public cloud only.
func TestAEMAvailable(t *testing.T) {
	w := contoso()
	if v := contract.AEMAvailable(w); !v.Allowed || !v.Rules.Has("AEM-17") {
		t.Errorf("public cloud: %+v", v)
	}
	w.SovereignCloud = true
	if v := contract.AEMAvailable(w); v.Allowed || v.Rules.At(0) != "AEM-18" {
		t.Errorf("sovereign cloud: %+v", v)
	}
}
