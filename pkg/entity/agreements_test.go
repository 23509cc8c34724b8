package entity_test

import (
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

// TestAgreementGrammar checks agreement names built by the grammar of
// agreements.go (head + descriptor chain + closers) on our own sentences.
// Expected spans, types and ids come from the annotation guideline
// (testdata/entities/README.md §5: the span runs from the head to the last
// naming element; nested parties, places and years are no mentions; bare or
// indefinite references are none) and the id scheme of agreements.go.
func TestAgreementGrammar(t *testing.T) {
	r := entity.New()
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "indefinite head in construct, adjective and a party after مع (the anchored rule's id)",
			// "The government signed the maritime transport agreement with Jordan."
			src:  "وقعت الحكومة اتفاق النقل البحري مع الأردن.",
			want: []string{"AGREEMENT:agreement:JO:اتفاق النقل البحري مع الأردن"},
		},
		{
			name: "definite head with two country nisbas",
			// "The Tunisian–Libyan joint declaration reopened the crossing."
			src:  "أعاد الإعلان المشترك التونسي الليبي فتح المعبر.",
			want: []string{"AGREEMENT:agreement:LY+TN-joint:الإعلان المشترك التونسي الليبي"},
		},
		{
			name: "a date before the head dates it; a month name links to it",
			// "On 5 May 2023 the Jordanian–Iraqi joint declaration was issued.
			// The May declaration then became a reference."
			src: "في الخامس من مايو 2023، صدر الإعلان المشترك الأردني العراقي. ثم صار إعلان مايو مرجعًا.",
			want: []string{
				"DATE:date:2023-05-05:الخامس من مايو 2023",
				"AGREEMENT:agreement:IQ+JO-2023:الإعلان المشترك الأردني العراقي",
				"AGREEMENT:agreement:IQ+JO-2023:إعلان مايو",
			},
		},
		{
			name: "construct + adjective + year; head + the same year links to it",
			// "The government cancelled the 2009 air transport agreement, but the
			// 2009 agreement still stirs debate."
			src: "ألغت الحكومة اتفاقية النقل الجوي لعام 2009، لكن اتفاقية 2009 ما زالت تثير الجدل.",
			want: []string{
				"AGREEMENT:agreement:transport-2009:اتفاقية النقل الجوي لعام 2009",
				"AGREEMENT:agreement:transport-2009:اتفاقية 2009",
			},
		},
		{
			name: "a place anchor and its signing year; the bare place name later links",
			// "The Tangier agreement signed in 1994 stayed ink on paper, then talk
			// of the Tangier agreement came back."
			src: "بقي اتفاق طنجة الموقع عام 1994 حبرًا على ورق، ثم عاد الحديث عن اتفاق طنجة.",
			want: []string{
				"AGREEMENT:agreement:tangier-1994:اتفاق طنجة الموقع عام 1994",
				"AGREEMENT:agreement:tangier-1994:اتفاق طنجة",
			},
		},
		{
			name: "a party that is an organisation: the id takes the topic",
			// "The fisheries agreement between Mauritania and the European Union."
			src:  "جددت نواكشوط اتفاق الصيد البحري بين موريتانيا والاتحاد الأوروبي.",
			want: []string{"PLACE:place:nouakchott:نواكشوط", "AGREEMENT:agreement:MR+eu-fisheries:اتفاق الصيد البحري بين موريتانيا والاتحاد الأوروبي"},
		},
		{
			name: "a place anchor named first without its year takes the dated id",
			// "The Tangier agreement failed; the Tangier agreement signed in 1994
			// remained a reference."
			src: "فشل اتفاق طنجة، وبقي اتفاق طنجة الموقع عام 1994 مرجعًا.",
			want: []string{
				"AGREEMENT:agreement:tangier-1994:اتفاق طنجة",
				"AGREEMENT:agreement:tangier-1994:اتفاق طنجة الموقع عام 1994",
			},
		},
		{
			name: "the same parties and topic with and without the year are one agreement",
			// "The fisheries agreement between Morocco and Mauritania was renewed; the
			// 2019 fisheries agreement between Morocco and Mauritania had expired."
			src: "تجدد اتفاق الصيد بين المغرب وموريتانيا، وكان اتفاق الصيد بين المغرب وموريتانيا لعام 2019 قد انتهى.",
			want: []string{
				"AGREEMENT:agreement:MA+MR-2019:اتفاق الصيد بين المغرب وموريتانيا",
				"AGREEMENT:agreement:MA+MR-2019:اتفاق الصيد بين المغرب وموريتانيا لعام 2019",
			},
		},
		{
			name: "three parties after بين and a topic after بشأن (data/agreement_topics.tsv)",
			// "The memorandum of understanding between Egypt, Jordan and Iraq on
			// electricity interconnection."
			src:  "مذكرة التفاهم بين مصر والأردن والعراق بشأن الربط الكهربائي.",
			want: []string{"AGREEMENT:agreement:EG+IQ+JO-power-grid:مذكرة التفاهم بين مصر والأردن والعراق بشأن الربط الكهربائي"},
		},
		{
			name: "an organisation anchor with a ل complement and a year",
			// "The 2003 United Nations convention against corruption."
			src:  "صادقت الدولة على اتفاقية الأمم المتحدة لمكافحة الفساد لعام 2003.",
			want: []string{"AGREEMENT:agreement:un-2003:اتفاقية الأمم المتحدة لمكافحة الفساد لعام 2003"},
		},
		{
			name: "a city anchor, an adjective and a year",
			// "The additional Cairo protocol of 2011."
			src:  "نص بروتوكول القاهرة الإضافي لعام 2011 على هدنة.",
			want: []string{"AGREEMENT:agreement:cairo-2011:بروتوكول القاهرة الإضافي لعام 2011"},
		},
		{
			name: "a full name with a year keeps the gazetteer id",
			// "Cairo always recalls the Egyptian–Israeli peace treaty of 1979."
			src:  "تذكر القاهرة دائمًا معاهدة السلام المصرية الإسرائيلية لعام 1979.",
			want: []string{"PLACE:place:cairo:القاهرة", "AGREEMENT:agreement:egypt-israel-1979:معاهدة السلام المصرية الإسرائيلية لعام 1979"},
		},
		{
			name: "a definite head with مع is a name only after the text named it",
			// "The two countries signed the framework agreement for cooperation in
			// the field of energy. Experts see the framework agreement with Qatar
			// as a first step."
			src: "وقع البلدان الاتفاق الإطاري للتعاون في مجال الطاقة. ويرى خبراء أن الاتفاق الإطاري مع قطر خطوة أولى.",
			want: []string{
				"AGREEMENT:agreement:framework-cooperation:الاتفاق الإطاري للتعاون في مجال الطاقة",
				"AGREEMENT:agreement:framework-cooperation:الاتفاق الإطاري مع قطر",
			},
		},
		{
			name: "the same phrase without an earlier name is a description",
			// "Experts see the framework agreement with Qatar as a first step."
			src:  "ويرى خبراء أن الاتفاق الإطاري مع قطر خطوة أولى.",
			want: []string{"COUNTRY:QA:قطر"},
		},
		{
			name: "generic references are no mentions",
			// "The two parties signed a framework agreement for cooperation and said
			// the agreement needs an agreement between the parties on the details,
			// like many agreements and memoranda of understanding before it."
			src:  "وقع الطرفان اتفاقًا إطاريًا للتعاون، وقالا إن الاتفاق يحتاج إلى اتفاق بين الطرفين على التفاصيل، مثل اتفاقات عديدة ومذكرات تفاهم قبله.",
			want: []string{},
		},
		{
			name: "an indefinite head right before بين is an indefinite reference",
			// "Egypt signed a memorandum of understanding between Egypt and Jordan,
			// and an agreement between Tunisia and Libya followed."
			src:  "وقعت مصر مذكرة تفاهم بين مصر والأردن، وتلاها اتفاق بين تونس وليبيا.",
			want: []string{"COUNTRY:EG:مصر", "COUNTRY:EG:مصر", "COUNTRY:JO:الأردن", "COUNTRY:TN:تونس", "COUNTRY:LY:ليبيا"},
		},
		{
			name: "an indefinite adjective or an elative after the head is a description",
			// "The country needs a new agreement and a bigger deal covering energy."
			src:  "تحتاج البلاد إلى اتفاق جديد وصفقة أكبر تشمل الطاقة.",
			want: []string{},
		},
		{
			name: "a bare definite head with a topic is the anaphor and its topic",
			// "The parties announced the agreement on the new government structure."
			src:  "أعلنت الأطراف الاتفاق حول الهيكلة الحكومية الجديدة.",
			want: []string{},
		},
		{
			name: "a demonstrative makes the head an anaphor",
			// "He said this agreement in Libya will not hold."
			src:  "وقال إن هذا الاتفاق في ليبيا لن يصمد.",
			want: []string{"COUNTRY:LY:ليبيا"},
		},
		{
			name: "the verbal noun of two places is no agreement",
			// "The envoy welcomed Rabat and Nouakchott's agreeing to open the border."
			src:  "رحب المبعوث باتفاق الرباط ونواكشوط على فتح الحدود.",
			want: []string{"PLACE:place:rabat:الرباط", "PLACE:place:nouakchott:نواكشوط"},
		},
		{
			name: "a naming cue makes a bare construct a name, even after صفقة",
			// "The two sides concluded what is known as the Palm Valley deal last year."
			src:  "أبرم الطرفان ما يعرف بصفقة وادي النخيل العام الماضي.",
			want: []string{"AGREEMENT:agreement:وادي-النخيل:صفقة وادي النخيل"},
		},
		{
			name: "a route between two places in construct",
			// "Baghdad and Damascus revived the Kirkuk–Baniyas line agreement, and
			// pumping will resume soon."
			src: "أحيت بغداد ودمشق اتفاق خط كركوك بانياس، وسيعود الضخ قريبًا.",
			want: []string{
				"PLACE:place:baghdad:بغداد", "PLACE:place:damascus:دمشق",
				"AGREEMENT:agreement:kirkuk-pipeline:اتفاق خط كركوك بانياس",
			},
		},
		{
			name: "a head and a year name an agreement even when the text has no other",
			// "Egypt cancelled the 1936 agreement with Britain; the two states had
			// forgotten the 1936 treaty."
			src: "ألغت مصر اتفاقية 1936 مع بريطانيا، ونسيت الدولتان معاهدة 1936.",
			want: []string{
				"COUNTRY:EG:مصر", "AGREEMENT:agreement:GB-1936:اتفاقية 1936 مع بريطانيا",
				"AGREEMENT:agreement:GB-1936:معاهدة 1936",
			},
		},
		{
			name: "a digit day and a month; an ordinal after a gazetteer name",
			// "Parliament cancelled the 17 May agreement; the Fourth Geneva
			// Convention protects civilians."
			src: "ألغى البرلمان اتفاق 17 أيار، وتحمي اتفاقية جنيف الرابعة المدنيين.",
			want: []string{
				"AGREEMENT:agreement:may-17:اتفاق 17 أيار",
				"AGREEMENT:agreement:geneva-conventions:اتفاقية جنيف الرابعة",
			},
		},
		{
			name: "a signing clause closed by a month date is inside the agreement",
			// "The two governments renewed the land transport agreement signed on
			// the tenth of March 2011; Ankara recalls the Adana agreement signed
			// with Damascus in October 1998; the government cancelled the
			// protocol signed with Italy in June 2020."
			src: "جددت الحكومتان اتفاقية النقل البري الموقعة في العاشر من مارس 2011. " +
				"تذكّر أنقرة باتفاق أضنة الموقع مع دمشق في أكتوبر 1998. " +
				"ألغت الحكومة البروتوكول الموقع مع إيطاليا في يونيو 2020.",
			want: []string{
				"AGREEMENT:agreement:النقل-البري-2011:اتفاقية النقل البري الموقعة في العاشر من مارس 2011",
				"PLACE:place:ankara:أنقرة",
				"AGREEMENT:agreement:adana-1998:اتفاق أضنة الموقع مع دمشق في أكتوبر 1998",
				"AGREEMENT:agreement:IT-2020:البروتوكول الموقع مع إيطاليا في يونيو 2020",
			},
		},
		{
			name: "a word with tanwin after a name is no adjective even when it opens with ال",
			// "The government must treat the Adana agreement as a commitment of
			// the state."
			src:  "على الحكومة أن تعامل اتفاقية أضنة التزامًا للدولة.",
			want: []string{"AGREEMENT:agreement:adana:اتفاقية أضنة"},
		},
		{
			name: "an indefinite memorandum or a phrase closed by a nisba governs no construct",
			// "The president signed a memorandum of understanding that grants the
			// company wide rights, and a military cooperation protocol opened the
			// door to the forces."
			src:  "وقع الرئيس مذكرة تفاهم تمنح الشركة حقوقا واسعة، وبروتوكول تعاون عسكري فتح الباب أمام القوات.",
			want: []string{},
		},
		{
			name: "the Bahrain declaration and the Doha document for Darfur; إعلان X عن is an announcement",
			// "The Bahrain declaration called for an international conference, and
			// the Doha document for peace in Darfur did not stop the war. Kuwait
			// welcomed Bahrain's announcing the resumption of relations."
			src: "دعا إعلان البحرين إلى مؤتمر دولي، ولم تمنع وثيقة الدوحة لسلام دارفور الحرب. " +
				"رحبت الكويت بإعلان البحرين عن استئناف العلاقات.",
			want: []string{
				"AGREEMENT:agreement:bahrain-declaration-2024:إعلان البحرين",
				"AGREEMENT:agreement:ddpd-2011:وثيقة الدوحة لسلام دارفور",
				"COUNTRY:KW:الكويت", "COUNTRY:BH:البحرين",
			},
		},
		{
			name: "a memorandum named by its month; a month with a relative time is an adverb",
			// "But the January memorandum went into the fridge. The ministry sent
			// a note last January."
			src:  "لكن مذكرة يناير دخلت الثلاجة. أرسلت الوزارة مذكرة يناير الماضي.",
			want: []string{"AGREEMENT:agreement:january:مذكرة يناير", "DATE:date:--01:يناير"},
		},
		{
			name: "a declaration of principles named by its place; an announcement of results is none",
			// "The two sides signed the Doha declaration of principles, after the
			// announcement of the results of the Doha elections."
			src: "وقع الطرفان إعلان مبادئ الدوحة بعد إعلان نتائج الدوحة.",
			want: []string{
				"AGREEMENT:agreement:doha-principles:إعلان مبادئ الدوحة", "PLACE:place:doha:الدوحة",
			},
		},
		{
			name: "announcing an agreement, and all the agreements of two parties, are no names",
			// "Bonds rose after the announcement of the agreement with Greece; the
			// agreements between Saudi Arabia and Jordan began early."
			src:  "ارتفعت السندات بعد إعلان الاتفاق مع اليونان، وبدأت الاتفاقات بين السعودية والأردن مبكرًا.",
			want: []string{"COUNTRY:GR:اليونان", "COUNTRY:SA:السعودية", "COUNTRY:JO:الأردن"},
		},
		{
			name: "well-known treaties by their place or full name",
			// "The Montreux convention governs the straits, the Kurds remember the
			// treaty of Sèvres, and the Naivasha agreement ended the war. The
			// United Nations Convention on the Law of the Sea of 1982 and the
			// charter of the Arab League say so."
			src: "تحكم اتفاقية مونترو المضائق، ويذكر الأكراد معاهدة سيفر، وأنهى اتفاق نيفاشا الحرب. " +
				"تنص اتفاقية الأمم المتحدة لقانون البحار لعام 1982 وميثاق الجامعة العربية على ذلك.",
			want: []string{
				"AGREEMENT:agreement:montreux-1936:اتفاقية مونترو",
				"AGREEMENT:agreement:sevres-1920:معاهدة سيفر",
				"AGREEMENT:agreement:naivasha-2005:اتفاق نيفاشا",
				"AGREEMENT:agreement:unclos:اتفاقية الأمم المتحدة لقانون البحار لعام 1982",
				"AGREEMENT:agreement:arab-league-charter:ميثاق الجامعة العربية",
			},
		},
		{
			name: "an exchange deal is a transaction",
			// "Five were released in the prisoner exchange deal between Washington
			// and Tehran."
			src:  "أفرج عن خمسة في صفقة تبادل السجناء بين واشنطن وطهران.",
			want: []string{"PLACE:place:washington:واشنطن", "PLACE:place:tehran:طهران"},
		},
		{
			name: "a place the table's names lack makes another agreement of the same anchor",
			// "The two sides signed the Doha agreement for peace in Chad, after the
			// Doha agreement between Washington and the Taliban."
			src: "وقع الطرفان اتفاق الدوحة للسلام في تشاد، بعد اتفاق الدوحة بين واشنطن وطالبان.",
			want: []string{
				"AGREEMENT:agreement:doha-td:اتفاق الدوحة للسلام في تشاد",
				"AGREEMENT:agreement:doha-2020:اتفاق الدوحة بين واشنطن وطالبان",
			},
		},
		{
			name: "a month with no year does not close a signing clause",
			// "Ankara recalls every October the Adana agreement signed with Damascus."
			src: "تذكّر أنقرة باتفاق أضنة الموقع مع دمشق في أكتوبر من كل عام.",
			want: []string{
				"PLACE:place:ankara:أنقرة", "AGREEMENT:agreement:adana:اتفاق أضنة",
				"PLACE:place:damascus:دمشق", "DATE:date:--10:أكتوبر",
			},
		},
		{
			name: "signed in a place the gazetteer does not know, then a year",
			// "The parties kept the armistice agreement signed in Rhodes in 1949."
			src:  "احترمت الأطراف اتفاق الهدنة الموقع في رودس عام 1949.",
			want: []string{"AGREEMENT:agreement:truce-1949:اتفاق الهدنة الموقع في رودس عام 1949"},
		},
		{
			name: "a charter of an organisation; a dual head",
			// "The charter of the Gulf Cooperation Council provides for unity, like
			// the two Camp David accords."
			src: "ينص ميثاق مجلس التعاون الخليجي على الوحدة، مثل اتفاقيتي كامب ديفيد.",
			want: []string{
				"AGREEMENT:agreement:gcc:ميثاق مجلس التعاون الخليجي",
				"AGREEMENT:agreement:camp-david:اتفاقيتي كامب ديفيد",
			},
		},
		{
			name: "a gazetteer anchor under another head with words its names lack is another agreement",
			// "The Jeddah convention for the protection of the Red Sea environment;
			// the Jeddah declaration."
			src: "وقعت الدول اتفاقية جدة لحماية بيئة البحر الأحمر، ثم إعلان جدة.",
			want: []string{
				"AGREEMENT:agreement:jeddah-حمايه-بيئه:اتفاقية جدة لحماية بيئة البحر الأحمر",
				"AGREEMENT:agreement:jeddah-2023:إعلان جدة",
			},
		},
		{
			name: "adjectives after a gazetteer name without a closer stay outside",
			// "The Cairo declaration issued yesterday."
			src:  "رحبت الأطراف بإعلان القاهرة الصادر أمس.",
			want: []string{"AGREEMENT:agreement:cairo:إعلان القاهرة"},
		},
		{
			name: "the agents of an agreeing are no name",
			// "The political parties' agreement on the date, the agreement of most
			// experts and the agreement of views came late."
			src:  "تأخر اتفاق الأحزاب السياسية على الموعد واتفاق معظم الخبراء واتفاق وجهات النظر.",
			want: []string{},
		},
		{
			name: "a long definite conjunct is another noun phrase",
			// "The peace treaty and the multinational force protect the border."
			src:  "تحمي معاهدة السلام والقوة المتعددة الجنسيات الحدود.",
			want: []string{"AGREEMENT:agreement:peace:معاهدة السلام"},
		},
		{
			name: "one generic descriptor in construct is no name; a specific one is",
			// "The university signed the cooperation agreement and the partnership
			// agreement; the fishing protocol had ended."
			src:  "وقعت الجامعة اتفاقية التعاون واتفاقية الشراكة، وكان بروتوكول الصيد قد انتهى.",
			want: []string{"AGREEMENT:agreement:fisheries:بروتوكول الصيد"},
		},
		{
			name: "one specific descriptor of the topic table is a name",
			// "The grain agreement across the Black Sea came back to the fore."
			src:  "عاد اتفاق الحبوب عبر البحر الأسود إلى الواجهة.",
			want: []string{"AGREEMENT:agreement:grain:اتفاق الحبوب", "PLACE:place:black-sea:البحر الأسود"},
		},
		{
			name: "signed between generic parties, then a year",
			// "Algeria suspended the treaty of friendship, cooperation and good
			// neighbourliness signed between the two countries in 2002."
			src: "علقت الجزائر معاهدة الصداقة والتعاون وحسن الجوار الموقعة بين البلدين عام 2002.",
			want: []string{
				"COUNTRY:DZ:الجزائر",
				"AGREEMENT:agreement:friendship-cooperation-2002:معاهدة الصداقة والتعاون وحسن الجوار الموقعة بين البلدين عام 2002",
			},
		},
		{
			name: "a plain adjective does not make a construct a name",
			// "The ministry adopted the new treatment protocol and rejected the
			// proposed settlement agreement."
			src:  "اعتمدت الوزارة بروتوكول العلاج الجديد ورفضت اتفاق التسوية المقترح.",
			want: []string{},
		},
		{
			name: "a clause after و is no conjunct of the name",
			// "The two sides signed the maritime fishing agreement and the minister
			// announced that implementation is near."
			src:  "وقع الطرفان اتفاق الصيد البحري وأعلن الوزير أن التنفيذ قريب.",
			want: []string{"AGREEMENT:agreement:fisheries:اتفاق الصيد البحري"},
		},
		{
			name: "a deal in construct without a closer is a transaction",
			// "The club completed the new striker deal."
			src:  "أتم النادي صفقة المهاجم الجديد.",
			want: []string{},
		},
		{
			name: "a declaration in construct alone links to the one the text named",
			// "The two states signed the declaration of constants on the common
			// border. Then the declaration of constants became a reference."
			src: "وقعت الدولتان إعلان الثوابت بشأن الحدود المشتركة. ثم صار إعلان الثوابت مرجعًا.",
			want: []string{
				"AGREEMENT:agreement:الثوابت-الحدود:إعلان الثوابت بشأن الحدود المشتركة",
				"AGREEMENT:agreement:الثوابت-الحدود:إعلان الثوابت",
			},
		},
		{
			name: "a declaration in construct alone is an announcement",
			// "The announcement of the official result was postponed."
			src:  "تأجل إعلان النتيجة الرسمية.",
			want: []string{},
		},
		{
			name: "a day and month name the agreement; a year after the head ends it",
			// "The agreement of the tenth of March merged the institutions, and the
			// March agreement needs guarantees."
			src: "دمج اتفاق العاشر من آذار المؤسسات، ويحتاج اتفاق آذار إلى ضمانات.",
			want: []string{
				"AGREEMENT:agreement:march-10:اتفاق العاشر من آذار",
				"AGREEMENT:agreement:march-10:اتفاق آذار",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(recognize(t, r, tc.src).Mentions)
			if !equal(got, tc.want) {
				t.Errorf("%q:\n got %q\nwant %q", tc.src, got, tc.want)
			}
		})
	}
}

// TestAgreementNested checks that WithNested(true) also reports the parties,
// places and dates read inside an agreement, and the default does not.
func TestAgreementNested(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "nisba parties and a place",
			// "The Tunisian–Algerian memorandum of understanding in Sousse."
			src: "مذكرة التفاهم التونسية الجزائرية في سوسة.",
			want: []string{
				"AGREEMENT:agreement:DZ+TN:مذكرة التفاهم التونسية الجزائرية في سوسة",
				"COUNTRY:TN:التونسية", "COUNTRY:DZ:الجزائرية", "PLACE:place:sousse:سوسة",
			},
		},
		{
			name: "parties and a year in the anchored rule",
			// "The migration agreement between Tunisia and Malta of 2019."
			src: "اتفاق الهجرة بين تونس ومالطا لعام 2019.",
			want: []string{
				"AGREEMENT:agreement:MT+TN-2019:اتفاق الهجرة بين تونس ومالطا لعام 2019",
				"COUNTRY:TN:تونس", "COUNTRY:MT:مالطا", "DATE:date:2019:عام 2019",
			},
		},
		{
			name: "a date as the name",
			// "The agreement of the tenth of March."
			src: "اتفاق العاشر من آذار.",
			want: []string{
				"AGREEMENT:agreement:march-10:اتفاق العاشر من آذار",
				"DATE:date:--03-10:العاشر من آذار",
			},
		},
		{
			name: "a party after مع",
			// "The maritime transport agreement with Jordan."
			src:  "وقعت الحكومة اتفاق النقل البحري مع الأردن.",
			want: []string{"AGREEMENT:agreement:JO:اتفاق النقل البحري مع الأردن", "COUNTRY:JO:الأردن"},
		},
	}
	nested := entity.New(entity.WithNested(true))
	plain := entity.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(recognize(t, nested, tc.src).Mentions)
			if !equal(got, tc.want) {
				t.Errorf("nested %q:\n got %q\nwant %q", tc.src, got, tc.want)
			}
			got = brief(recognize(t, plain, tc.src).Mentions)
			if !equal(got, tc.want[:1]) {
				t.Errorf("default %q:\n got %q\nwant %q", tc.src, got, tc.want[:1])
			}
		})
	}
}

// TestAgreementLabel checks that a coined agreement is named by the surface of
// its longest mention and in English by its parties, topic, kind and year.
func TestAgreementLabel(t *testing.T) {
	r := entity.New()
	tests := []struct {
		name, src string
		want      []string
	}{
		{
			name: "the longest mention names it",
			// "The government cancelled the air transport agreement of 2009, then
			// went back on cancelling the 2009 agreement."
			src:  "ألغت الحكومة اتفاقية النقل الجوي لعام 2009، ثم تراجعت عن إلغاء اتفاقية 2009.",
			want: []string{"agreement:transport-2009=اتفاقية النقل الجوي لعام 2009=transport agreement (2009)"},
		},
		{
			name: "parties in English",
			// "The fisheries agreement between Mauritania and the European Union."
			src:  "اتفاق الصيد البحري بين موريتانيا والاتحاد الأوروبي.",
			want: []string{"agreement:MR+eu-fisheries=اتفاق الصيد البحري بين موريتانيا والاتحاد الأوروبي=Mauritania–European Union fisheries agreement"},
		},
		{
			name: "a date name in English",
			// "The agreement of the tenth of March."
			src:  "اتفاق العاشر من آذار.",
			want: []string{"agreement:march-10=اتفاق العاشر من آذار=March 10 agreement"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range recognize(t, r, tc.src).Entities {
				got = append(got, e.ID+"="+e.Name+"="+e.NameEn)
			}
			if !equal(got, tc.want) {
				t.Errorf("%q: entities %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}
