package align

import (
	"reflect"
	"testing"
)

// Whole-story scenarios written for these tests: a faithful rewrite of a
// wire story must give no material divergence, and the same rewrite with
// changed facts must give exactly those changes.
var (
	euRef = doc(
		"BRUSSELS (Reuters) - European Union leaders agreed on Thursday to provide Ukraine with a 90 billion euro loan over the next two years, after failing to reach a deal on using frozen Russian assets, EU officials said.",
		"The loan will be financed through joint EU borrowing, backed by the bloc's budget, according to a statement issued after the summit.",
		"Hungary, Slovakia and the Czech Republic will not take part in the scheme, the statement said.",
		"\"We committed, we delivered,\" European Council President Antonio Costa wrote on X.",
		"Belgium, where most of the frozen assets are held, had demanded guarantees that other member states would share any legal risks.",
		"Ukrainian President Volodymyr Zelensky said the money would help keep his country's economy afloat as the war nears its fourth year.",
	)
	euFaithful = doc(
		"EU leaders have agreed to lend Ukraine 90 billion euros over two years, officials said on Thursday, after talks on tapping frozen Russian assets broke down.",
		"According to a statement released after the summit, the loan will be funded by joint borrowing backed by the EU budget.",
		"The statement said Hungary, Slovakia and the Czech Republic would not participate.",
		"European Council President Antonio Costa wrote on X: \"We committed, we delivered.\"",
		"Belgium, which holds most of the frozen assets, had sought guarantees that other EU countries would share the legal risks.",
		"Zelensky said the funds would keep Ukraine's economy afloat as the war approaches its fourth year.",
	)
	euChanged = doc(
		"EU leaders have agreed to lend Ukraine 80 billion euros over two years, officials said on Friday, after talks on tapping frozen Russian assets broke down.",
		"According to a statement released after the summit, the loan may be funded by joint borrowing backed by the EU budget.",
		"The statement said Hungary and Slovakia would not participate.",
		"European Council President Antonio Costa wrote on X: \"We promised, we delivered.\"",
		"Belgium, which holds most of the frozen assets, had sought guarantees that other EU countries would share the legal risks.",
		"Polish Prime Minister Donald Tusk said the funds would keep Ukraine's economy afloat as the war approaches its fourth year.",
	)
	nepalRef = doc(
		"KATHMANDU, Nepal (AP) — A landslide triggered by heavy rain buried at least 12 homes in western Nepal on Tuesday, killing seven people, officials said.",
		"Rescuers were searching for five people still missing, district official Ram Bahadur Thapa told The Associated Press by phone.",
		"\"We are digging with our hands because the machines cannot reach the village,\" Thapa said.",
		"The monsoon season, which runs from June to September, brings deadly floods and landslides to the Himalayan nation every year.",
		"More than 150 people have died in rain-related incidents in Nepal since June, according to the National Disaster Risk Reduction and Management Authority.",
	)
	nepalUpdate = doc(
		"Advertisement",
		"KATHMANDU, Nepal (AP) — A landslide triggered by heavy rain buried at least 12 homes in western Nepal on Tuesday, killing nine people, officials said.",
		"Rescuers were still searching for three people who remain missing, district official Ram Bahadur Thapa told Reuters by phone.",
		"\"We are digging with our bare hands because the machines can't reach the village,\" Thapa said.",
		"Prime Minister K.P. Sharma Oli ordered security forces to speed up rescue efforts, his office said.",
		"The monsoon season, which runs from June to September, brings deadly floods and landslides to the Himalayan nation every year.",
		"More than 150 people have reportedly died in rain-related incidents in Nepal since June, according to the disaster authority.",
		"Click here to join our WhatsApp channel",
	)
)

func TestCompareScenarios(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver Document
		want     []string
	}{
		{"faithful rewrite", euRef, euFaithful, nil},
		{"rewrite with changes", euRef, euChanged, []string{
			"altered number", "altered date", "altered modality", "altered entity", "altered quote", "altered attribution"}},
		// The added "Prime Minister … ordered …, his office said" carries
		// the order of a named person; the trailing credit is secondary.
		{"update", nepalRef, nepalUpdate, []string{
			"altered number", "altered number", "altered attribution", "altered quote", "added entity", "altered modality"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(tt.ref, tt.ver)
			if got := materialOf(c); !reflect.DeepEqual(got, tt.want) {
				for _, d := range c.Divergences {
					t.Logf("%s %s %v %q | %q | %s", d.Kind, d.Facet, d.Material, d.RefText, d.VerText, d.Detail)
				}
				t.Errorf("material = %v, want %v", got, tt.want)
			}
			checkCoverage(t, c, len(tt.ref.Paragraphs), len(tt.ver.Paragraphs))
		})
	}
}
