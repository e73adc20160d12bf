package promo

// The promo classifier's vocabulary, as data. Phrases are matched
// case-insensitively on word boundaries, after typographic quotes and dashes
// are folded to ASCII (so write "you've", not "you’ve"); each starts with a
// letter or digit. To teach lede a new kind of junk, add a phrase here;
// classify.go holds only the logic. No entry may name one site or one article.

// Reasons shown to the reader for a hidden block.
const (
	reasonSubscription = "subscription appeal"
	reasonDonation     = "donation appeal"
	reasonNewsletter   = "newsletter sign-up"
	reasonRelated      = "related links"
	reasonCredit       = "photo credit"
	reasonShare        = "share prompt"
	reasonQR           = "QR code"
	reasonBareLink     = "bare link"
	reasonAd           = "ad label"
	reasonCookie       = "cookie notice"
	reasonComment      = "comment form"
	reasonReadingTime  = "reading time"
	reasonCopyright    = "copyright"
	reasonResidue      = "layout residue"
	reasonAfterEnd     = "after the story"
	reasonNavigation   = "site navigation"
	reasonApp          = "app promotion"
	reasonRepublish    = "republishing notice"
	reasonFeedback     = "feedback prompt"
	reasonAuthorBio    = "author bio"
	reasonMedia        = "media controls"
	reasonWidget       = "scores and tables"
	reasonTimestamp    = "timestamp"
	reasonDisclaimer   = "disclaimer"
	reasonMarket       = "market data"
	reasonCitation     = "citation"
	reasonShopping     = "shopping widget"
)

// labelRules: a block that starts with one of these labels, and is short (a
// label and perhaps a headline), is junk wherever it stands. A story
// paragraph never opens with "Read more:".
var labelRules = []phraseRule{
	{reasonRelated, []string{
		"read more:", "read more", "more:", "related:", "related", "related article", "related articles",
		"related stories", "related story", "related content", "related coverage", "related topics",
		"related posts", "related reading", "read next", "read next:", "up next", "up next:", "next in",
		"more in", "more from", "more on this story", "more stories", "more news", "more coverage",
		"recommended", "recommended for you", "recommended stories", "most read", "most popular",
		"most viewed", "trending", "trending now", "trending stories", "popular now", "you may also like",
		"you might also like", "you may be interested in", "further reading", "see also", "also read",
		"also read:", "read also", "read also:", "what to read next", "don't miss", "don't miss:",
		"editor's picks", "top stories", "latest stories", "latest news", "explore more", "keep reading",
		"watch:", "listen:", "watch more", "more videos", "suggested reading",
		"popular stories", "around the web", "from the web", "from our partners", "more to explore",
		"see more on", "explore more on these topics", "explore more", "topics:", "tags:",
		"filed under", "filed under:", "posted in", "more articles", "in other news -", "in other news:",
		"related posts", "you might like", "read the latest",
		"more on this topic", "more on the topic", "more on this subject", "more about this topic",
		"related topics:", "recommended reading", "recommended articles", "most read:", "also on",
		"watch live", "watch live:", "watch now", "watch now:", "listen live", "live video",
		"trending videos", "latest videos", "top videos", "trending today", "top picks for you", "top picks",
		"latest scores", "live scores", "latest results",
		"view full table", "full table", "view table", "league table", "standings", "fixtures and results",
		"click here for more", "tap here for more", "click here to read more", "click here for the latest",
		"subjects:", "keywords:", "categories:", "category:", "sections:", "more deals", "related deals",
		"today's deals", "obituaries", "classifieds", "classified ads", "legal notices", "public notices",
	}},
	{reasonCitation, []string{
		"cite this article", "cite this article:", "cite this", "how to cite", "how to cite this article",
		"references", "references:", "bibliography", "bibliography:", "doi:",
	}},
	{reasonNavigation, []string{
		"skip next section", "skip section", "skip to", "back to top", "jump to",
	}},
	{reasonFeedback, []string{
		"report a typo", "report an error", "report a correction", "report a problem", "suggest a correction",
		"submit a correction", "send us your feedback", "send feedback", "give feedback",
	}},
	{reasonRepublish, []string{
		"republishing guidelines", "republish this story", "republish our stories", "republish our content",
		"reprint this article", "our standards:",
	}},
	{reasonAd, []string{
		"advertisement", "advertisement:", "advertising", "ad", "ads", "sponsored", "sponsored content",
		"sponsored by", "paid content", "paid post", "promoted", "promoted content", "partner content",
		"story continues below advertisement", "article continues below advertisement",
		"story continues below", "article continues below", "continue reading below", "scroll to continue",
		"scroll to continue with content", "skip advertisement", "skip ad", "remove ads", "supported by",
		"presented by", "brought to you by", "sponsor message", "sponsored message", "support comes from",
		"become a sponsor",
	}},
	{reasonShare, []string{
		"share", "share:", "share this", "share this article", "share this story", "share this page",
		"share on facebook", "share on twitter", "share on x", "share on linkedin", "share on whatsapp",
		"share via email", "share via", "copy link", "copy link to clipboard", "link copied", "email",
		"print", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram",
		"follow us", "follow us on", "follow", "save", "save article", "bookmark", "gift this article",
		"gift article", "give this article", "listen to this article", "listen", "share full article",
		"share article", "share story", "save story", "save for later", "reuse this content", "reprints",
		"order reprints", "republish", "republish this article",
		"print this page", "email this article", "send to a friend", "copy url",
	}},
	{reasonComment, []string{
		"comments", "comment", "comments:", "add comment", "view comments", "show comments", "leave a comment",
		"join the conversation", "join the discussion", "reply", "reader comments", "discussion about this post",
		"this article is closed for comments", "comments are closed",
	}},
	{reasonQR, []string{"qr code", "qr code to", "scan the qr code", "scan this qr code"}},
	{reasonReadingTime, []string{"reading time", "reading time:", "listen to article", "min read", "minute read"}},
}

// exactLabels: labels that are junk only when they are the whole block;
// as the start of a paragraph they are ordinary words ("Like this year's…").
var exactLabels = []phraseRule{
	{reasonSubscription, []string{
		"subscribe", "subscribe now", "subscribe here", "sign up", "sign in", "log in", "login", "register",
		"log out", "my account", "create account",
	}},
	{reasonShare, []string{"like this", "like loading", "loading", "share this", "more", "menu", "search"}},
	{reasonRelated, []string{"latest", "more on this", "in other news", "read more", "view more", "show more"}},
	{reasonFeedback, []string{
		"feedback", "your feedback", "tell us what you think", "contact the editor", "email the editor",
		"please email the editor", "write to the editor",
	}},
	{reasonSubscription, []string{"ready for more", "start writing", "get the app", "download the app", "upgrade"}},
	// Paywall badges.
	{reasonSubscription, []string{
		"premium", "premium article", "premium content", "subscriber exclusive", "subscribers only",
		"members only", "for members", "exclusive", "plus", "paid content", "locked",
	}},
	{reasonShopping, []string{
		"buy now", "shop now", "buy it now", "view deal", "see deal", "get deal", "get the deal", "check price",
		"check prices", "see price", "see prices", "view price", "view at", "add to cart",
	}},
	{reasonAd, []string{"play now", "bet now", "claim now", "claim offer"}},
	{reasonMedia, []string{
		"enlarge this image", "toggle caption", "hide caption", "show caption", "transcript", "playlist",
		"download", "embed", "play video", "watch video", "play audio", "view gallery", "view image",
		"open gallery", "expand", "full screen", "mute", "unmute", "autoplay",
	}},
	{reasonCookie, []string{
		"i accept", "accept", "i agree", "agree", "show purposes", "more options", "manage options",
		"reject", "allow all", "got it", "ok, got it",
	}},
	{reasonWidget, []string{"full time", "full-time", "half time", "half-time", "ft", "ht", "aet", "postponed"}},
}

// phraseRules: calls to action and boilerplate. A short block that holds one
// of these is junk; a long one needs two different hits (see classify.go).
var phraseRules = []phraseRule{
	{reasonSubscription, []string{
		"subscribe to continue", "subscribe to read", "subscribe now", "subscribe today", "subscribe for",
		"subscribe to the", "subscribe and", "free articles", "free article", "articles remaining",
		"article limit", "already a subscriber", "already subscribed", "become a subscriber",
		"start your subscription", "start a subscription", "your subscription", "subscription page",
		"subscription offer", "digital subscription", "digital access", "unlimited access", "unlimited digital",
		"log in to continue", "sign in to continue", "to continue reading", "continue reading your article",
		"subscribers only", "for subscribers", "exclusive to subscribers", "cancel anytime", "cancel any time",
		"billed annually", "billed monthly", "special offer",
		"limited time offer", "introductory offer", "try it free", "free trial",
		"create a free account", "register for free", "sign in or subscribe", "log in or subscribe",
		"subscriber-only", "premium content", "reached your limit", "you've reached", "verify access",
		"want all of", "register for free to", "to finish this article", "to unlock",
		"subscribe for free", "receive new posts", "sign in to read", "log in to read", "to read the full",
		"read the full story", "read the full article", "not a subscriber", "support my work", "subscribe to our whatsapp channel",
		"join our whatsapp channel", "follow us on whatsapp", "subscribe to our telegram channel",
	}},
	{reasonQR, []string{"qr code", "read this article in", "scan the code", "scan to read"}},
	{reasonDonation, []string{
		"donate", "donate now", "donation", "make a donation", "make a contribution", "contribute now",
		"support our journalism", "support our work", "support independent journalism",
		"support quality journalism", "support local journalism", "support us", "support the",
		"support journalism", "become a member", "become a supporter", "join as a member", "membership",
		"chip in", "give today", "every contribution", "reader-funded", "reader-supported",
		"reader supported", "tax-deductible", "nonprofit newsroom", "non-profit newsroom",
		"independent journalism", "your support", "readers like you", "as little as",
	}},
	{reasonNewsletter, []string{
		"newsletter", "newsletters", "sign up for", "sign up to", "sign up now", "sign up here",
		"sign me up", "subscribe to our", "in your inbox", "to your inbox", "delivered to your inbox",
		"straight to your inbox", "enter your email", "your email address", "email address", "by signing up",
		"you agree to our", "you can unsubscribe", "unsubscribe at any time", "daily briefing", "morning briefing",
		"get our", "get the latest", "never miss", "newsletter promotion", "emails delivered",
		"check your inbox", "stay up to date",
	}},
	{reasonCookie, []string{
		"cookies", "cookie policy", "cookie settings", "we use cookies", "use of cookies", "accept all",
		"accept cookies", "reject all", "manage preferences", "manage cookies", "privacy settings",
		"consent", "your privacy choices", "we value your privacy", "store and/or access information",
		"access information on a device", "do not sell or share my personal information",
		"do not sell my personal information",
	}},
	{reasonAd, []string{
		"bet responsibly", "gamble responsibly", "gambleaware", "begambleaware", "when the fun stops",
		"18+", "21+", "t&cs apply", "t&c apply", "new customers only", "min odds",
	}},
	{reasonComment, []string{
		"leave a comment", "leave a reply", "post a comment", "add a comment", "join the conversation",
		"join the discussion", "comment policy", "community guidelines", "view comments", "show comments",
		"load comments", "comments are closed", "will not be published", "required fields are marked",
		"log in to comment", "sign in to comment", "be the first to comment", "post comment", "cancel reply",
		"enter your comment", "enter your name", "incorrect email address", "save my name",
		"the next time i comment", "akismet", "comment data is processed", "you are commenting using",
		"to post your comment", "bloggers like this", "no comments",
	}},
	{reasonShare, []string{
		"follow us on", "like us on facebook", "follow us on twitter", "share this article",
		"share this story", "share on facebook", "share on twitter", "click to share", "share via email",
		"send us a tip", "have a tip", "got a tip",
	}},
	{reasonApp, []string{
		"news app", "our app", "our free app", "download the app", "download our app", "get the app",
		"app store", "google play", "breaking news alerts", "push alerts", "push notifications",
	}},
	{reasonRepublish, []string{
		"republish this article", "republish this story", "republish our", "creative commons",
		"originally published on", "originally published by", "originally appeared on",
		"republished here", "republished with permission", "content-sharing agreement", "trust principles",
	}},
	{reasonFeedback, []string{
		"report a typo", "report an error", "send us your feedback", "suggest a correction",
		"submit a correction", "spot an error", "see a typo", "contact the newsroom", "contact our newsroom",
		"news tip", "news tips", "story tip", "story idea", "tip line", "contact the reporter",
	}},
	// Disclosures a publisher prints by rule: affiliate links, market data,
	// advice and pricing caveats.
	{reasonDisclaimer, []string{
		"affiliate links:", "affiliate disclosure", "contains affiliate links", "may earn a commission",
		"we earn a commission", "earn a small commission", "earn from qualifying purchases", "amazon associate",
		"at no extra cost to you", "market data provided by", "quotes delayed", "quotes are delayed",
		"not investment advice", "not financial advice", "for informational purposes only",
		"prices are accurate at", "prices were accurate at",
	}},
	{reasonNavigation, []string{
		"for the latest news", "streaming video",
		"skip to main content", "skip to content", "skip to navigation", "back to top", "terms of use",
		"terms of service", "terms and conditions", "privacy policy", "contact us", "about us",
		"site map", "sitemap", "all rights reserved",
	}},
}

// storyEndRules: the story's last line ("This story was reported by
// Reuters.") or a wall the page puts after it. What follows an end, when it
// is short or reads as a pitch, is junk. The end line itself is kept unless a
// rule above hides it.
var storyEndRules = []string{
	`^this (story|article|report) (was|has been) (reported|written|produced|edited|updated) by\b`,
	`^(additional |with additional )?reporting by\b`,
	`\bediting by [\p{Lu}]`,
	`^(writing|compiled|reported) by [\p{Lu}]`,
	`\b(contributed|contributed reporting) to this (story|report|article)\.?$`,
	`^\(?(associated press|reuters|afp|aap|pa|ap)( writers?| staff)?\)?\.?$`,
	`^a version of this (article|story) (appears|appeared) in print\b`,
	`\bsubscribe to continue\b`,
	`\bfree articles?\b`,
	`\balready a subscriber\b`,
	`\bto continue reading\b`,
	`\b(reached|used) (your|all your) (free )?(article )?limit\b`,
	`^edited by:? \p{L}`,
	`\ball rights reserved\b`,
	`^our standards:`,
	`^(leave a comment|discussion about this post|join the (conversation|discussion)|comments( \(\d+\))?|\d+ comments|this article is closed for comments\.?)$`,
	`\b(originally|first) (published|appeared) (on|in|by|at)\b`,
}

// authorBioRules: the note on the author under a story, "Jane Doe is a
// staff writer at …", "Jane Doe covers courts for …". Hidden only where no
// paragraph of the story follows it (a story may say who a reporter is).
var authorBioRules = []string{
	`^\p{L}[\p{L}.'-]*( \p{L}[\p{L}.'-]*){0,3} (is|was) (a|an|the) ([\p{L}-]+ ){0,4}(writer|reporter|editor|correspondent|journalist|columnist|contributor|producer|fellow|photographer|critic|intern)\b`,
	`^\p{L}[\p{L}.'-]*( \p{L}[\p{L}.'-]*){0,3} (covers|writes about|reports on) .{3,80}\b(for|at) `,
	`\b(reach|contact|email) (her|him|them|the author) at\b`,
	`\bfollow (her|him|them) on\b`,
}

// pitchWords: the vocabulary of a publisher talking about itself to its
// reader. Story text after the end rarely uses three of them.
var pitchWords = []string{
	"you", "your", "you're", "you'll", "we", "we're", "our", "us", "journalism", "journalists",
	"reporting", "news", "newsroom", "headlines", "stories", "story", "reader", "readers", "support",
	"subscribe", "subscription", "subscriber", "free", "access", "independent", "mission", "trust",
	"join", "today", "sign", "donate", "membership", "member", "unlimited", "magazine", "email",
	"credible", "honest", "fair", "world",
}

// shortJunkRules: whole short blocks (up to minuteBlock words, folded)
// known by their shape: a player's duration, a count of likes, a dateline,
// a row of a league table or a final score (see classify.go for the last two).
var shortJunkRules = []struct{ reason, re string }{
	{reasonReadingTime, `^(listen|watch|play|audio|video)\s*[-:|·]?\s*\d{1,2}:\d{2}(:\d{2})?$`},
	{reasonReadingTime, `^\d{1,3}[- ]?(minute|min|hour|hr)s? (listen|read|watch|video|audio)$`},
	{reasonShare, `^\d[\d,.]*k?\s+(likes?|restacks?|shares?|reposts?|retweets?|reactions?|claps?|views|upvotes?|hearts?)$`},
	{reasonTimestamp, `^(published|updated|posted|first published|last updated|last modified)( on| at)?\s*[-:]?\s*(\d{1,2}(st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}?,?\s*\d{4}\b[\s\d:.,/apm]*(ist|gmt|utc|bst|cet|cest|et|est|edt|pt|pst|pdt|aest|aedt|jst|kst|sgt|hkt|pkt)?\s*(-\s*[\p{L} ]+)?$`},
	{reasonDonation, `^become an? ([\p{L}.&-]+ ){0,3}(sponsor|member|supporter|patron)$`},
	{reasonCitation, `^(doi:?\s*|https?://(dx\.)?doi\.org/)10\.\d{4,9}/\S+$`},
	{reasonShopping, `^(deal|offer|sale|discount|price|promotion|coupon)s? (ends|expires|ending|expiring)( in| on| at)?\b.*$`},
	{reasonRelated, `^more [\p{L}-]+s$`},
}

// letterOpeners: a publisher's letter to its readers starts so; its
// paragraphs up to the sign-off or its last call to action are one unit.
var letterOpeners = []string{
	`^dear (valued |fellow |loyal )?(reader|readers|friend|friends|subscriber|subscribers|supporter|supporters|member|members|listener|listeners|viewer|viewers|reader and friend)\b`,
	`^(a|an) (note|message|letter|appeal|word) (from|to) (the|our) (editor|editors|publisher|newsroom|readers?)\b`,
	`^(to|for) our readers\b`,
	`^(hi|hello),? (reader|readers|there|friend|friends)\b`,
}

// letterSignOffs end a letter (the sign-off and the name lines under it).
var letterSignOffs = []string{
	`^(sincerely|yours|yours truly|with gratitude|gratefully|warmly|warm regards|best regards|kind regards|regards|with thanks|thank you|thanks|many thanks)\b[,.!]?`,
}

// creditAgencies: who a photo credit names after a slash, "Anjum
// Naveed/AP", or alone on a line.
var creditAgencies = []string{
	"AP", "AP Photo", "AFP", "AFP via Getty Images", "Getty Images", "Getty", "Reuters", "REUTERS",
	"EPA", "EPA-EFE", "EFE", "Bloomberg", "Bloomberg via Getty Images", "Shutterstock", "Alamy",
	"PA", "PA Wire", "PA Images", "AAP", "AAP Image", "Xinhua", "Anadolu", "Anadolu Agency",
	"Anadolu via Getty Images", "NurPhoto", "NurPhoto via Getty Images", "SOPA Images",
	"SOPA Images/LightRocket via Getty Images", "LightRocket", "ZUMA", "ZUMA Wire", "ZUMA Press",
	"Sipa", "Sipa USA", "Sputnik", "TASS", "Kyodo", "Yonhap", "Pool", "Handout", "Supplied",
	"iStock", "iStockphoto", "Unsplash", "Wikimedia Commons", "Flickr", "Corbis", "Redux",
	"The Associated Press", "Associated Press", "Press Association", "Reuters Pictures",
	"Agence France-Presse", "dpa", "DPA", "ANP", "ANSA", "Kyodo News", "Imago", "IMAGO",
	"Xinhua via Getty Images", "Pool via AP", "Pool via Reuters", "Fairfax Media", "News Corp",
	"Newspix", "Stuff", "Photo Illustration", "Illustration",
}

// creditLabels: "Photo: AAP", "Photograph: Jane Doe/Reuters".
var creditLabels = []string{
	"photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "image", "images",
	"credit", "credits", "photo credit", "image credit", "image source", "source", "illustration",
	"photo illustration", "video", "graphic", "main image", "top image", "header image", "file photo",
	"foto", "bild", "photo courtesy", "image courtesy", "video courtesy", "courtesy", "photo courtesy of",
}

// retailers: shops named on a price button without "at", "Best Buy $199".
var retailers = []string{
	"Amazon", "Best Buy", "Walmart", "Target", "Newegg", "B&H", "B&H Photo", "eBay", "Costco",
	"Home Depot", "Lowe's", "Currys", "Argos", "John Lewis", "Adorama", "Kohl's", "Macy's", "Nordstrom",
	"Wayfair", "Sam's Club", "Staples", "GameStop", "AliExpress", "Temu", "Etsy", "Apple Store",
}

// promoAttrs: class and id words of HTML elements that hold junk. Matched
// against the words of Block.Attrs split at spaces, hyphens and underscores.
var promoAttrs = map[string]string{
	"newsletter": reasonNewsletter, "newsletters": reasonNewsletter, "signup": reasonNewsletter,
	"subscribe": reasonSubscription, "subscription": reasonSubscription, "paywall": reasonSubscription,
	"meter": reasonSubscription, "regwall": reasonSubscription, "piano": reasonSubscription,
	"promo": reasonSubscription, "promos": reasonSubscription, "upsell": reasonSubscription,
	"donate": reasonDonation, "donation": reasonDonation, "membership": reasonDonation,
	"related": reasonRelated, "recirc": reasonRelated, "recirculation": reasonRelated,
	"recommended": reasonRelated, "recommendations": reasonRelated, "outbrain": reasonRelated,
	"taboola": reasonRelated, "readmore": reasonRelated, "teaser": reasonRelated, "teasers": reasonRelated,
	"share": reasonShare, "sharing": reasonShare, "social": reasonShare, "sharebar": reasonShare,
	"ad": reasonAd, "ads": reasonAd, "advert": reasonAd, "advertisement": reasonAd, "adslot": reasonAd,
	"dfp": reasonAd, "sponsor": reasonAd, "sponsored": reasonAd, "gpt": reasonAd,
	"cookie": reasonCookie, "cookies": reasonCookie, "consent": reasonCookie, "gdpr": reasonCookie,
	"comment": reasonComment, "comments": reasonComment, "disqus": reasonComment,
	"credit": reasonCredit, "credits": reasonCredit,
}
