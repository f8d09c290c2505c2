package briefing.summary;

import briefing.text.TermTable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the article's prose from the page furniture that a splitter also returns as sentences: bylines, image
 * credits and captions, "READ MORE:" / "Also on" / "Related" teasers, video and gallery blocks ("JUST WATCHED ...
 * Replay More Videos", "Slideshow"), highlights boxes, chart and graphic source lines, headlines in capitals,
 * subscription, share and petition prompts, copyright notices, link hover text, e-mail addresses, links, datelines
 * and timestamps; and, among prose, the lines that should not stand in a summary unless nothing else is left:
 * fragments too short, headings and list items (no closing punctuation), sentences glued together or too long, and
 * prose with a full link in it (a headline and its link glued to the next sentence, "read the report at https://...";
 * a site named in prose, "www.example.org", stays prose).
 * The cases were collected from real AllSides articles ({@code WebPageFurnitureTest} names them by id).
 */
public final class SentenceFilter {
    static final int MIN_WORDS = 5;
    /** Longer than this, a "sentence" is several glued together ("close on Tuesday.However, if") or a list. */
    static final int MAX_WORDS = 80;
    private static final int MAX_DATE_WORD_LENGTH = 12;

    private static final List<String> TEASER_PREFIXES = List.of(
            "read:", "read more:", "read more |", "read more at", "related:", "see also:", "more:", "watch:",
            "watch more:", "listen:", "also read:", "recommended:", "click here", "sign up for", "sign up to",
            "subscribe to our", "subscribe now", "follow us on", "share this", "advertisement", "advertising",
            // web-page blocks: video players, highlights boxes, "also on" teasers, galleries, sharing and petitions
            "just watched", "must watch", "story highlights", "highlights:", "also on politico", "also on:",
            "photos:", "slideshow", "gallery:", "play video", "listen to article", "read or share this story",
            "copyright", "all rights reserved", "manage newsletters", "follow cnn", "join us on twitter",
            "join us on facebook", "caught on video:", "click for", "photo illustration", "goal:",
            "i demand that you", "sign the petition", "sign this petition", "enlarge this image", "toggle caption",
            "source:", "sources:", "chart:", "graphic:", "map:", "note:", "related coverage", "more from",
            "trending:", "breaking:", "update:", "editor's note", "editor’s note", "this story has been updated",
            "this article has been updated", "get the latest", "download the", "follow him on", "follow her on",
            "follow the author", "like us on facebook", "corrections and clarifications", "correction:",
            "please help support us", "please support", "support our journalism", "donate now", "file -",
            "file photo", "story continued below", "a version of this story", "a version of this article",
            "this story first appeared", "this article first appeared", "this story originally appeared",
            "this article originally appeared", "this story appeared in", "this story appeared on",
            "this article appeared in", "this article appeared on", "click to expand");

    /** Case-insensitive marks of a page block anywhere in the line: a video player's, a teaser's, a wire's notice. */
    private static final Marks BLOCK_MARKS = new Marks(List.of(
            "replay more videos", "must watch", "toggle caption", "(also on", "( also on", "pic.twitter.com",
            "all rights reserved", "reprint permission", "may not be published, broadcast", "click here",
            "sign up for our", "subscribe to our newsletter", "read or share this story", "manage newsletters",
            " via bloomberg", " via getty", "more by this author", "file photo", "originally published",
            "(not seen)", " (c) ", "©", "ap photo /", "the views expressed",
            "opinions expressed in this", "opinions expressed by", "do not necessarily represent the views",
            "do not represent the views", "do not necessarily reflect the views", "take our poll",
            "as seen in this video", "as seen in the video below", "show caption", "hide caption",
            "this field is for validation purposes", "free articles left", "free article left",
            "free articles remaining", "is a nonprofit newsroom", "is an independent, nonprofit newsroom"));

    private static final List<String> CREDIT_PREFIXES = List.of(
            "cover image", "photo:", "photo by", "photo credit", "photograph:", "photograph by", "image:",
            "image caption", "image copyright", "image source", "picture:", "pictured:", "credit:", "caption:",
            "illustration:", "file photo", "top image", "header image", "main image", "video:");

    /** Case-insensitive marks of a credit anywhere in the line: "(SAUL LOEB/AFP/Getty Images)". */
    private static final Marks CREDIT_MARKS = new Marks(List.of(
            "getty images", "/getty", "shutterstock", "(photo:", "(photo by", "ap photo/", "/ap photo"));

    /** Case-sensitive marks, each with a slash: the agencies' own upper-case credit style, not "a Reuters/Ipsos poll". */
    private static final Marks AGENCY_CREDIT_MARKS = new Marks(List.of("/AFP", "AFP/", "/REUTERS", "REUTERS/", "/AP)", "/POLITICO"));

    /** Words of a timestamp line; weekdays are left out because prose names them too ("on Monday at 5 pm"). */
    private static final TermTable DATE_WORDS = new TermTable(new String[] {
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "bst", "cet",
            "updated", "published", "posted", "modified"});


    private SentenceFilter() {
    }

    /** What a sentence is, for the summariser. */
    public enum Verdict {
        /** Page furniture: never in a summary. */
        FURNITURE,
        /** Prose, but fewer than {@link #MIN_WORDS} words: only to fill up a summary. */
        SHORT_PROSE,
        /** Prose that may stand in a summary. */
        WORTHY
    }

    /** Both tests at once, for the price of one. */
    public static Verdict judge(String sentence) {
        return sentence == null ? Verdict.FURNITURE : judge(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    /** The same, given the sentence lower-cased in {@link Locale#ROOT} already. */
    static Verdict judge(String sentence, String lowerSentence) {
        String text = collapseSpaces(sentence);
        String lower = text == sentence ? lowerSentence : text.toLowerCase(Locale.ROOT);
        WordStats words = WordStats.of(lower);
        if (isFurniture(text, lower, words)) {
            return Verdict.FURNITURE;
        }
        return words.counted >= MIN_WORDS && words.counted <= MAX_WORDS && !lower.contains("://") && endsLikeProse(text) && !isQuestion(text)
                && !hasGluedSentences(text) && !isListItem(text, words)
                ? Verdict.WORTHY : Verdict.SHORT_PROSE;
    }

    /** A bullet, a numbered item, a labelled block ("CLAIM 2: ..."), a line of figures: a fragment, not a sentence. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^\\s*(?:[•·▪●◦■*>\\-–—]|\\(?\\d{1,2}[.)]\\s|\\(?[a-h]\\)\\s|[A-Z]{3,}(?: [A-Z]{2,})*(?: \\d+)?:|[A-Z]{3,} \\d+\\b)");

    /** "Points: 25", "Turnout: 61%": a label and its figure, twice or more in a line of statistics. */
    private static final java.util.regex.Pattern STAT_LABEL = java.util.regex.Pattern.compile("\\p{L}: [$€£]?\\d");

    static boolean isListItem(String text, WordStats words) {
        return mayOpenListItem(text) && LIST_ITEM.matcher(text).lookingAt() || 2 * words.withDigit > words.counted || count(text, ';') >= 3
                || text.indexOf(": ") >= 0 && STAT_LABEL.matcher(text).results().count() >= 2;
    }

    /** What {@link #LIST_ITEM} needs at the first character after white space: tried before its costlier match. */
    private static boolean mayOpenListItem(String text) {
        int n = text.length();
        int f = 0;
        while (f < n && " \t\n\u000B\f\r".indexOf(text.charAt(f)) >= 0) f++;
        if (f == n) return false;
        char c = text.charAt(f);
        if (c >= 'A' && c <= 'Z') return f + 2 < n && isAsciiUpper(text.charAt(f + 1)) && isAsciiUpper(text.charAt(f + 2));
        if (c >= 'a' && c <= 'h') return f + 1 < n && text.charAt(f + 1) == ')';
        return c == '(' || c >= '0' && c <= '9' || "•·▪●◦■*>-–—".indexOf(c) >= 0;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) count++;
        return count;
    }

    /** An embedded tweet: its link ("pic.twitter.com/...", "t.co/...") or its signature ("— Jane Roe (@janeroe) June 5, 2019"). */
    private static final java.util.regex.Pattern TWEET = java.util.regex.Pattern.compile(
            "pic\\.twitter\\.com|twitter\\.com/|\\bt\\.co/|\\(@\\w+\\)|^[—–-] ?\\p{Lu}[^.]{0,60}@\\w+");

    /** Every alternative of {@link #TWEET} holds one of these; most sentences hold none, and its search is costly. */
    private static final Marks TWEET_MARKS = new Marks(List.of("@", "twitter.com", "t.co/"));

    static boolean isTweet(String text) {
        return TWEET_MARKS.foundIn(text) && TWEET.matcher(text).find();
    }

    /** A tweet's signature line on its own: the sentence before it is the tweet's text, a first-person line with no speaker. */
    public static boolean isTweetSignature(String sentence) {
        String s = sentence.strip();
        return (s.startsWith("—") || s.startsWith("–") || s.startsWith("- ")) && isTweet(s);
    }

    /** Sentences a scraper ran together without a space ("by one point.The Sanders camp"): a reader sees a cut. */
    static boolean hasGluedSentences(String text) {
        for (int i = text.indexOf('.', 2); i > 0 && i + 2 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))
                    && Character.isUpperCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A quote that runs on into the next sentence: alone, a reader would get its first half only ({@link Summarizer} takes both). */
    static boolean opensUnclosedQuote(String text) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') open++;
            else if (c == '”') close++;
            else if (c == '"') straight++;
        }
        // Sites mix curly and straight marks ("“... ," she said"), so only an odd count of all marks is a sure sign.
        return (open + close + straight) % 2 == 1 || open > close + straight;
    }

    /**
     * A question of the writer's ("Should he have got his pass back?", a poll's or a rhetorical one) asks rather than
     * tells: readers take it for filler. A quoted question ends with the attribution ("... ?” she asked.").
     */
    static boolean isQuestion(String text) {
        return text.endsWith("?");
    }

    /**
     * Prose ends with a full stop, a question or exclamation mark (a closing quote or bracket may follow). A line
     * that does not — a headline, a deck, a subheading, a list item, a row of share buttons — is not a sentence a
     * summary should open with; it may only fill up an article that has nothing better.
     */
    static boolean endsLikeProse(String text) {
        int end = text.length();
        while (end > 0 && (briefing.text.Punctuation.isCloser(text.charAt(end - 1)) || text.charAt(end - 1) == '\'')) end--;
        return end > 0 && briefing.text.Punctuation.isTerminal(text.charAt(end - 1));
    }

    /** Whether the sentence may appear in a summary. */
    public static boolean isSummaryWorthy(String sentence) {
        return judge(sentence) == Verdict.WORTHY;
    }

    /**
     * Whether the sentence is page furniture rather than prose: a byline, image credit, teaser, e-mail address,
     * link, dateline or timestamp, or a line without a letter. Furniture never goes into a summary; a short
     * sentence of prose may, when the article has nothing better.
     */
    public static boolean isFurniture(String sentence) {
        return judge(sentence) == Verdict.FURNITURE;
    }

    private static boolean isFurniture(String text, String lower, WordStats words) {
        if (!hasLetter(text)) {
            return true;
        }
        int lead = firstLetterOrDigit(lower);
        return hasEmailAddress(lower)
                || isTweet(text)
                || words.links > 0 && words.counted - words.links < MIN_WORDS
                || startsWithAny(lower, lead, TEASER_PREFIXES)
                || isNumberedUpdate(lower, lead)
                || BLOCK_MARKS.foundIn(lower)
                || endsWithTeaser(lower)
                || isSourceLine(text)
                || isAllCapsHeadline(text, words)
                || isPhotoCaption(text)
                || isDatedCaption(text)
                || endsWithPhotoCredit(text)
                || text.startsWith("In this ") && AP_CAPTION_OPENER.matcher(text).lookingAt()
                || isPositionedCaption(text)
                || isSideCaption(text)
                || isPersonCaption(text)
                || isAuthorBlurb(text, words)
                || hasLinkHoverText(text)
                || text.startsWith("CLOSE ")
                || text.equals("AD")
                || isQuestionSubheading(text, words)
                || hasCapitalisedHeadlineRun(text)
                || isImageCredit(text, lower, lead)
                || lower.startsWith("by ", lead) && briefing.text.TitleCase.isByline(text, lead, text.length())
                || isMostlyDateOrNumbers(words);
    }

    /** Longest question a page uses as a subheading. */
    private static final int MAX_SUBHEADING_WORDS = 6;

    /**
     * A page's subheading put as a short question ("What are the details?", "What happens next?", "What did Mr Trump
     * say?": 300 such lines in the AllSides articles); what follows it is the answer, and it says nothing itself.
     */
    private static boolean isQuestionSubheading(String text, WordStats words) {
        return text.startsWith("What") && text.endsWith("?") && words.counted() <= MAX_SUBHEADING_WORDS;
    }

    /**
     * One pass over the space-separated words of a collapsed, lower-cased sentence: how many have a letter or a
     * digit, how many of those are links (a bare link, or a line with too few words left once its links are taken
     * out, is furniture) and how many hold a digit.
     */
    private record WordStats(int counted, int links, int withDigit, int dateWords) {
        static WordStats of(String lower) {
            int counted = 0;
            int links = 0;
            int withDigit = 0;
            int dateWords = 0;
            int n = lower.length();
            boolean anyScheme = lower.contains("://");
            boolean anyDigit = hasDigit(lower);
            for (int start = 0; start < n; ) {
                int end = lower.indexOf(' ', start);
                if (end < 0) end = n;
                int first = start;
                while (first < end && !Character.isLetterOrDigit(lower.charAt(first))) first++;
                if (first < end) {
                    counted++;
                    if (lower.startsWith("www.", first) || anyScheme && indexOf(lower, "://", start, end) >= 0) links++;
                    if (anyDigit && hasDigit(lower, first, end)) {
                        withDigit++;
                    } else if (anyDigit && end - start <= MAX_DATE_WORD_LENGTH && isDateWord(lower, first, end)) {
                        dateWords++;
                    }
                }
                start = end + 1;
            }
            return new WordStats(counted, links, withDigit, dateWords);
        }

        /** The word {@code s[first, end)}, less its trailing symbols, is a date word. */
        private static boolean isDateWord(String s, int first, int end) {
            int last = end;
            while (last > first && !Character.isLetterOrDigit(s.charAt(last - 1))) last--;
            return DATE_WORDS.find(s, first, last, TermTable.hash(s, first, last)) >= 0;
        }

        private static int indexOf(String s, String part, int from, int to) {
            int at = s.indexOf(part, from);
            return at >= 0 && at + part.length() <= to ? at : -1;
        }
    }

    /**
     * A photo credit that follows its caption on the same line: "| AP Photos ...", "| John Shinkle/POLITICO ...",
     * "(Photo: Bilal Hussein, AP) ...". The sentence before it is the caption.
     */
    public static boolean isCreditAfterCaption(String sentence) {
        int first = 0;
        while (first < sentence.length() && Character.isWhitespace(sentence.charAt(first))) first++;
        if (first == sentence.length() || sentence.charAt(first) != '|' && sentence.charAt(first) != '(') return false;
        String lower = sentence.substring(first).toLowerCase(Locale.ROOT);
        return lower.startsWith("| ") && (lower.contains("photo") || lower.contains("/") || lower.contains("getty"))
                || lower.startsWith("(photo:") || lower.startsWith("(photo by") || lower.startsWith("(ap photo")
                || sentence.indexOf('/') > 0 && PHOTO_CREDIT.matcher(sentence).region(first, sentence.length()).matches();
    }

    /** A photographer and an agency in parentheses: "(Aaron P. Bernstein/Reuters)", "(Ian Langsdon/Pool via Reuters)". */
    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "\\((?:\\p{Lu}[\\p{L}.'’&-]*\\s?){1,6}/\\s?(?:\\p{Lu}[\\p{L}.'’&-]*\\s?){1,6}(?:via \\p{Lu}\\p{L}+)?\\)\\.?\\s*");
    /** How far from its end a caption's closing credit may start. */
    private static final int MAX_CREDIT = 80;

    /**
     * A caption that carries its photo's credit at its end ("Senator Jo Reed on Capitol Hill, May 1, 2019 (Aaron P.
     * Bernstein/Reuters)"): 1,166 lines of ../shared end so, every one sampled a caption.
     */
    private static boolean endsWithPhotoCredit(String text) {
        int open = text.lastIndexOf('(');
        if (open < 0 || open < text.length() - MAX_CREDIT || text.indexOf('/', open) < 0) return false;
        return PHOTO_CREDIT.matcher(text).region(open, text.length()).matches();
    }

    /** "Update 2 : Just as we suspected ...": a live story's numbered update label ("update:" is a teaser prefix). */
    private static boolean isNumberedUpdate(String lower, int lead) {
        if (!lower.startsWith("update ", lead)) return false;
        int digitsFrom = lead + 7;
        int at = digitsFrom;
        while (at < lower.length() && Character.isDigit(lower.charAt(at))) at++;
        if (at == digitsFrom) return false;
        while (at < lower.length() && lower.charAt(at) == ' ') at++;
        return at < lower.length() && lower.charAt(at) == ':';
    }

    /** A headline in capitals run into a sentence: six words in a row all upper-case ("BREAKING NEWS: TRUMP TELLS ..."). */
    private static boolean hasCapitalisedHeadlineRun(String text) {
        int run = 0;
        int letters = 0;
        boolean upper = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ') {
                run = letters >= 2 && upper ? run + 1 : letters == 0 ? run : 0;
                if (run >= 6) return true;
                letters = 0;
                upper = true;
            } else if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
                upper &= c < 128 ? c <= 'Z' : Character.isUpperCase(c);
            }
        }
        return false;
    }

    /**
     * What is left of The Hill's link hover text when {@link briefing.text.LinkHoverText} did not recognise the block
     * (a visible name glued to the full name, "Stephen BreyerStephen Breyer..."): a capitalised "MORE" after the first
     * word, or opening the sentence before a lower-case word, which prose does not write.
     */
    private static boolean hasLinkHoverText(String text) {
        // The block's last headline may end in "?" and the sentence split after it: "MORE popped into the cabin".
        if (text.startsWith("MORE ") && text.length() > 5 && Character.isLowerCase(text.charAt(5)) && !text.startsWith("MORE than")) return true;
        for (int at = text.indexOf(" MORE"); at > 0; at = text.indexOf(" MORE", at + 1)) {
            int after = at + 5;
            if (after == text.length() || !Character.isLetter(text.charAt(after))) return true;
        }
        return false;
    }

    /** "... | Ed Miliband Read more", "What a shutdown means - video": a link's label left in the text. */
    private static boolean endsWithTeaser(String lower) {
        String end = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return end.endsWith(" read more") || end.endsWith("– video") || end.endsWith("- video")
                || end.endsWith("— video") || end.endsWith(" read the full story") || end.endsWith("(video)");
    }

    private static final Marks SOURCE_MARKS = new Marks(List.of(" Source: ", " Sources: ", "SOURCE: "));

    /** A chart's or graphic's source line: "Source: Labor Department via Bloomberg", anywhere in the line. */
    private static boolean isSourceLine(String text) {
        return SOURCE_MARKS.foundIn(text);
    }

    /**
     * An all-caps headline line ("SEATTLE PROTESTERS STORM CITY HALL, DEMAND ..."): at least four words and most
     * letters upper-case. Prose opens with an upper-case dateline at most ("WASHINGTON (Reuters) -"), well below that.
     */
    private static boolean isAllCapsHeadline(String text, WordStats words) {
        if (words.counted < 4) {
            return false;
        }
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
                // Prose: more lower-case letters already than 30% of the whole line could allow.
                else if ((letters - upper) * 10 > text.length() * 3) return false;
            }
        }
        return letters >= 20 && upper * 10 >= letters * 7;
    }

    /** The present-tense verbs of a photo's caption ("... speaks at a rally in ..."). */
    private static final String CAPTION_VERBS = "attends|speaks|listens|gestures|walks|arrives|waves|looks on|stands|sits"
            + "|holds|poses|delivers|talks|reacts|leaves|is seen|are seen|pictured|shows|gather|march|marches|wait|waits"
            + "|take part|takes part|chats|smiles|greets|shakes hands|hugs|embraces|celebrates|prays|kneels|salutes";

    /** A full date as the wires write it: "February 8, 2018", "Dec. 16, 2019", "Sept 9, 2019". */
    static final String FULL_DATE = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}";
    private static final java.util.regex.Pattern CAPTION_DATE = java.util.regex.Pattern.compile(
            "(,|U\\.S\\.) " + FULL_DATE + "\\.?$");

    /**
     * A wire photo's caption, as it ends: place, then the date without "on" ("... in Washington, U.S., February 8,
     * 2018."). Prose puts a preposition before a full date ("on June 2, 2019").
     */
    private static boolean isPhotoCaption(String text) {
        int n = text.length();
        if (n <= 12 || !Character.isDigit(text.charAt(n - 1 - (text.endsWith(".") ? 1 : 0)))) {
            return false;
        }
        return CAPTION_DATE.matcher(text).find()
                || CAPTION_ON_DATE.matcher(text).find() && CAPTION_VERB.matcher(text).find();
    }

    private static final Marks WEEKDAY_MARKS = new Marks(List.of(", Monday, ", ", Tuesday, ", ", Wednesday, ",
            ", Thursday, ", ", Friday, ", ", Saturday, ", ", Sunday, "));
    private static final java.util.regex.Pattern WEEKDAY_DATE = java.util.regex.Pattern.compile(
            ", \\p{Lu}\\p{Ll}+day, " + FULL_DATE + "\\b");

    /**
     * The AP's caption puts the weekday and the full date between commas, anywhere in it ("People gather outside the
     * station in Minneapolis, Wednesday, May 27, 2020, as they protest ..."); prose writes "on Wednesday".
     */
    private static boolean isDatedCaption(String text) {
        return WEEKDAY_MARKS.foundIn(text) && WEEKDAY_DATE.matcher(text).find();
    }

    /**
     * The wire's caption opener: "In this Dec. 16, 2019, photo, ...", "In this Monday, Dec. 16, 2019, photo", "In this
     * undated handout photo", "In this still image taken from a video".
     */
    private static final java.util.regex.Pattern AP_CAPTION_OPENER = java.util.regex.Pattern.compile(
            "In this (?:\\p{Lu}\\p{Ll}+day, )?(?:" + FULL_DATE + ",? )?(?:(?:file|undated|handout|still|aerial) ){0,3}"
            + "(?:photo|image|picture)\\b");

    private static final Marks LEFT_MARKS = new Marks(List.of(" (L) ", " (l) "));
    private static final Marks RIGHT_MARKS = new Marks(List.of(" (R) ", " (r) "));
    private static final java.util.regex.Pattern RIGHT_SIDE_CAPTION = java.util.regex.Pattern.compile(" \\([Rr]\\) " + "(?:" + CAPTION_VERBS + ")\\b");

    /**
     * A caption naming who stands left or right: "(L)" marks one; "(R)" only with a caption's verb right after it
     * ("Jo Reed (R) speaks with ..."), since "(R)" is mostly a party ("Gov. Kim Reynolds (R) signed", "Rep. Jo Reed (R)
     * of Ohio holds the opposite view").
     */
    private static boolean isSideCaption(String text) {
        return LEFT_MARKS.foundIn(text) || RIGHT_MARKS.foundIn(text) && RIGHT_SIDE_CAPTION.matcher(text).find();
    }

    private static final java.util.regex.Pattern CAPTION_POSITION = java.util.regex.Pattern.compile(
            ", (left|right|center|centre|second from (left|right)|front|rear),");
    private static final Marks POSITION_MARKS = new Marks(List.of("left,", "right,", "center,", "centre,", "front,", "rear,"));

    private static final java.util.regex.Pattern PERSON_CAPTION = java.util.regex.Pattern.compile(
            "^(?!(?:The|That|This|These|Those|Such|If|Two|Three|She|He|It|They|We|I|A|An)\\b)"
            + "\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}(?:, [^,]{3,80},)?\\s"
            + "(?:gestures|waves|poses|listens|looks on|is seen|are seen|attends|attend|reacts|react|is pictured|are pictured)\\b"
            + "(?! as\\b| of\\b)");
    private static final Marks CAPTION_VERB_MARKS = new Marks(List.of(
            " gestures", " waves", " poses", " listens", " looks on", " is seen", " are seen", " attend", " react",
            " is pictured", " are pictured"));

    /**
     * A photo's caption about a person: a name (perhaps with who they are) and a present-tense caption verb, "Kim Yo
     * Jong, sister of the leader, attends a ceremony in Pyongyang." Prose that reports speech is not a caption.
     */
    private static boolean isPersonCaption(String text) {
        return CAPTION_VERB_MARKS.foundIn(text) && !SpeechVerbs.MARKS.foundIn(text) && PERSON_CAPTION.matcher(text).lookingAt();
    }

    /** A photo's caption naming where people stand ("A guard, left, speaks with a worker at the gate ..."). */
    private static boolean isPositionedCaption(String text) {
        return POSITION_MARKS.foundIn(text) && CAPTION_POSITION.matcher(text).find() && CAPTION_VERB.matcher(text).find();
    }

    private static final java.util.regex.Pattern AUTHOR_BLURB = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\p{Lu}[\\p{L}'’-]*(, [^,]+,)? is (a|an|the) [^.]*\\b("
            + "journalist|writer|columnist|blogger|broadcaster|contributor|author of|contributing editor|senior fellow"
            + "|freelance)");
    private static final int MAX_BLURB_WORDS = 30;
    private static final Marks BLURB_MARKS = new Marks(List.of(" is a ", " is an ", " is the "));

    /** The author's blurb: "Jo Reed is a journalist, writer and blogger.", "Jo Reed, a historian, is the author of ...". */
    private static boolean isAuthorBlurb(String text, WordStats words) {
        return words.counted() <= MAX_BLURB_WORDS && BLURB_MARKS.foundIn(text) && AUTHOR_BLURB.matcher(text).lookingAt();
    }

    /**
     * "... in Tehran, Iran on September 18, 2016.", "... at Al Asad Air Base, Iraq December 26, 2018.", "... in this
     * illustration taken April 17, 2018.": a full date after "on", "taken" or a place ends a caption when a caption's
     * present-tense verb came before. Prose writes "of" or a verb before such a date ("the attacks of Sept. 11, 2001").
     */
    private static final java.util.regex.Pattern CAPTION_ON_DATE = java.util.regex.Pattern.compile(
            "(?: on| taken| \\p{Lu}\\S*) " + FULL_DATE + "\\.?$");
    private static final java.util.regex.Pattern CAPTION_VERB = java.util.regex.Pattern.compile("\\b(" + CAPTION_VERBS + ")\\b");

    /** Any e-mail address, a social handle, or the "[email protected]" left where a site hid an address. */
    private static boolean hasEmailAddress(String lower) {
        if (lower.contains("email protected") || lower.contains("e-mail protected")) {
            return true;
        }
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at + 1 < lower.length() && Character.isLetterOrDigit(lower.charAt(at + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImageCredit(String text, String lower, int lead) {
        return startsWithAny(lower, lead, CREDIT_PREFIXES) || CREDIT_MARKS.foundIn(lower)
                || text.indexOf('/') >= 0 && AGENCY_CREDIT_MARKS.foundIn(text);
    }

    /** Datelines, timestamps and table rows: at least half the words are numbers or date words. */
    private static boolean isMostlyDateOrNumbers(WordStats words) {
        return words.withDigit > 0 && (words.withDigit + words.dateWords) * 2 >= words.counted;
    }

    private static String collapseSpaces(String s) {
        if (isCollapsed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Already single-spaced and trimmed, as the splitter's sentences are. */
    private static boolean isCollapsed(String s) {
        char previous = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 127) {
                previous = c;
                continue;
            }
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            if (c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || s.isEmpty();
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        return hasDigit(s, 0, s.length());
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int firstLetterOrDigit(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String trimSymbols(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** Whether {@code s} starts with one of the prefixes at {@code from} (past any bullets, dashes and opening quotes). */
    private static boolean startsWithAny(String s, int from, List<String> prefixes) {
        if (from >= s.length()) {
            return false;
        }
        char first = s.charAt(from);
        for (String prefix : prefixes) {
            if (prefix.charAt(0) == first && s.startsWith(prefix, from)) {
                return true;
            }
        }
        return false;
    }
}
