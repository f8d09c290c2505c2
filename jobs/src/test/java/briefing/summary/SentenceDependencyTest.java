package briefing.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceDependencyTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "He also noted that the bridge had been inspected in 2019.",
        "She'll remain in charge of the harbour office until a successor is named.",
        "It was the strongest action the council had taken since the floods.",
        "This is one of the reasons the traders oppose the plan.",
        "The statement said the council would meet again on Friday.",
        "The move drew criticism from the traders' association.",
        "But the mayor insisted the bridge would be ready by the spring.",
        "Separately, the council approved a new fish market.",
        "One caveat: He said the work would stop if the money ran out.",
        "The statement reads: \"The bridge will be rebuilt before the winter.\"",
        "\"We will rebuild it before the winter,\" he said.",
        "The bridge will be higher than before, the statement added.",
        "we have no other choice,\" the mayor said.",
        "I know what we are doing,\u201d the mayor told reporters.",
        "Among them was the harbour master, who had warned of the floods.",
        "For example, the ferry would run twice a day during the works.",
        "As a result, the market lost most of its customers.",
        "A week later, the harbour newspaper said the mayor had been charged with fraud.",
        "Days later, the council voted to rebuild the bridge.",
        "The Act requires every harbour town to keep its bridges open in winter.",
        "In that sense, the vote was a rerun of the last election.",
        "Not satisfied with that, the traders took the council to court.",
        "Even there, the ferry ran only twice a week.",
        "In its report, the council blamed the floods for the delay.",
        "The bridge will be higher than before, it states.",
        "\u201cYou are not welcome in the harbour until the bridge is rebuilt.\u201d",
        "If that's true, the council has wasted two years on the bridge.",
        "In his letter, the mayor thanked the traders for their patience.",
        "During this operation, officers made arrests in three harbour towns.",
        "Since that tweet, the traders have said nothing about the bridge.",
        "Since that time, the harbour has had no bridge.",
        "During that period, the ferry ran twice a day.",
        "After that, the council voted to rebuild the bridge."
    })
    void needsTheSentenceBefore(String sentence) {
        assertTrue(SentenceDependency.needsPrevious(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The harbour town council voted on Tuesday to rebuild the bridge.",
        "This week the council voted to rebuild the bridge.",
        "Mayor Jane Roe said she would sign the order on Friday.",
        "\"We will rebuild it before the winter,\" Mayor Jane Roe said.",
        "Traders said they had lost most of their customers since the bridge fell.",
        "The harbour bridge had stood for more than a century.",
        "Police said their investigation into the collapse would take a year.",
        "In 2019 the council voted to rebuild the bridge.",
        "On this day in 1912 the first bridge opened.",
        "Soon after taking office, the mayor closed the harbour bridge.",
        "The day before the vote, the traders marched to the council.",
        "The rule of law is under threat in Harbourland, rights groups warned on Monday.",
        "The act of rebuilding the bridge will take two years, the council said.",
        "During this week's hearing, the mayor defended the bridge plan.",
        "During the floods, the ferry ran twice a day.",
        "Since the vote, the traders have said nothing about the bridge."
    })
    void standsAlone(String sentence) {
        assertFalse(SentenceDependency.needsPrevious(sentence), sentence);
    }
}
