package bd.gov.followup.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision recorded as a sentence rather than after a label, as minutes often do: "সভায় বিস্তারিত আলোচনা শেষে
 * সিদ্ধান্ত হয় যে, …", "… সর্বসম্মতিক্রমে সিদ্ধান্ত গৃহীত হয় যে …". The "যে" is what makes it one: the decision is
 * the clause after it. "নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:" (the preamble) has none, and a decision of an earlier meeting
 * quoted in the discussion ("গত সভায় সিদ্ধান্ত হয় যে …") is not this meeting's.
 *
 * @param before the text before the sentence's clause that is a sentence of its own (the discussion), or ""
 * @param decision the clause after "যে"
 */
record DecisionSentence(String before, String decision) {

  private static final Pattern SENTENCE = Pattern.compile(Texts.nfc(
      "(?:^|(?<=\\s))সিদ্ধান্ত\\s+(?:(?:গৃহীত|গ্রহণ\\s+করা|নেওয়া|নেয়া)\\s+)?(?:হয়|হলো|হল)\\s+যে\\s*[,:]?\\s*(?=\\S)"));
  private static final Pattern EARLIER_MEETING =
      Pattern.compile(Texts.nfc("(?:গত|বিগত|পূর্ববর্তী|পূর্বের|আগের)\\s+সভা"));

  /** The decision the text records as a sentence, if it does. */
  static Optional<DecisionSentence> in(String text) {
    String t = Texts.nfc(text);
    Matcher m = SENTENCE.matcher(t);
    if (!m.find()) {
      return Optional.empty();
    }
    String lead = t.substring(0, m.start());
    int sentenceStart = lead.lastIndexOf('।') + 1;
    if (EARLIER_MEETING.matcher(lead.substring(sentenceStart)).find()) {
      return Optional.empty();
    }
    // "সভায় বিস্তারিত আলোচনা শেষে" only leads into the sentence; whole sentences before it are discussion
    return Optional.of(new DecisionSentence(Texts.strip(lead.substring(0, sentenceStart)),
        Texts.strip(t.substring(m.end()))));
  }
}
