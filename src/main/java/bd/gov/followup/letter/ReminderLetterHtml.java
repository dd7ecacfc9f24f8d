package bd.gov.followup.letter;

import bd.gov.followup.minutes.BanglaDate;
import bd.gov.followup.minutes.BengaliDates;
import bd.gov.followup.minutes.BengaliDigits;

/**
 * Renders a {@link ReminderLetter} as a printable A4 HTML page in the layout of a government letter: the letterhead,
 * the memo number with the date in the Bangla and the Gregorian calendar, subject and reference, the body, the
 * signature block on the right, and the distribution list. Every text is escaped; digits are Bengali.
 *
 * <p>HTML, not PDF, on purpose: the browser shapes Bengali (HarfBuzz) and prints it on A4 ({@code @page}). No
 * well-kept Java PDF library does: PDFBox 3.0.5 (under openhtmltopdf too) applies GSUB conjuncts but not reph
 * reordering or GPOS, so "কর্মদিবস", "কার্যালয়", "নির্ধারিত" came out with the reph (রেফ, র্) over the wrong letter
 * (checked with Noto Sans Bengali against Chromium's rendering).
 */
public final class ReminderLetterHtml {

  private ReminderLetterHtml() {}

  public static String render(ReminderLetter letter) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"bn\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<title>").append(esc("তাগিদপত্র — " + letter.decisionTitle())).append("</title>\n")
        .append("<style>\n")
        .append("@page { size: A4; margin: 20mm 18mm; }\n")
        .append("body { font-family: 'Noto Sans Bengali', 'Noto Serif Bengali', SolaimanLipi, Nikosh, sans-serif;")
        .append(" font-size: 13pt; line-height: 1.6; max-width: 174mm; margin: 0 auto; color: #000; }\n")
        .append(".letterhead { text-align: center; margin-bottom: 8mm; }\n")
        .append(".letterhead .gov { font-weight: bold; font-size: 15pt; }\n")
        .append(".memo { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }\n")
        .append(".memo td { vertical-align: top; padding: 0; }\n")
        .append(".memo .date { text-align: right; }\n")
        .append(".subject { font-weight: bold; }\n")
        .append(".signature { margin-left: 55%; margin-top: 14mm; text-align: center; }\n")
        .append("ol.addressees, ol.copies { padding-left: 8mm; list-style-type: none; }\n")
        .append("</style>\n</head>\n<body>\n");

    html.append("<div class=\"letterhead\">\n")
        .append("<div class=\"gov\">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার</div>\n")
        .append("<div class=\"office\">").append(esc(letter.issuingOffice())).append("</div>\n")
        .append("</div>\n");

    html.append("<table class=\"memo\"><tr>\n")
        .append("<td class=\"number\">স্মারক নম্বর: <span id=\"memo\">")
        .append(esc(BengaliDigits.toBengali(letter.memoNumber()))).append("</span></td>\n")
        .append("<td class=\"date\">তারিখ: <span id=\"date-bangla\">").append(esc(BanglaDate.of(letter.date()).format()))
        .append("</span><br><span id=\"date-gregorian\">").append(esc(BengaliDates.format(letter.date())))
        .append("</span></td>\n</tr></table>\n");

    html.append("<p class=\"subject\">বিষয়: ").append(esc(letter.subject())).append("</p>\n")
        .append("<p class=\"reference\">সূত্র: ").append(esc(letter.meetingTitle())).append(" এর কার্যবিবরণী, স্মারক নম্বর <span id=\"reference-memo\">")
        .append(esc(BengaliDigits.toBengali(letter.referenceMemo()))).append("</span></p>\n");

    html.append("<p>উপর্যুক্ত বিষয় ও সূত্রের প্রতি দৃষ্টি আকর্ষণ করা হলো। সূত্রোক্ত সভার ")
        .append(esc(letter.decisionTitle())).append(" নিম্নরূপ:</p>\n")
        .append("<blockquote class=\"decision\">").append(esc(letter.decisionText())).append("</blockquote>\n")
        .append("<p>উক্ত সিদ্ধান্ত বাস্তবায়নের নির্ধারিত সময়সীমা ")
        .append(esc(BengaliDates.formatShort(letter.deadline())))
        .append(letter.acceptanceOwed()
            ? " খ্রিস্টাব্দ অতিক্রান্ত হলেও নিম্নবর্ণিত মূল বাস্তবায়নকারী দপ্তর সিদ্ধান্তটি গ্রহণ করে বাস্তবায়নকারী দপ্তরসমূহ"
                + " নিশ্চিত করেনি; ফলে কোনো দপ্তরের কাছে হালনাগাদ তথ্য চাওয়া যায়নি।</p>\n"
            : " খ্রিস্টাব্দ অতিক্রান্ত হলেও নিম্নবর্ণিত দপ্তর হতে বাস্তবায়নের হালনাগাদ তথ্য পাওয়া যায়নি।</p>\n");
    if (!letter.deadlineMoved().isEmpty()) {
      // the minutes said another date: the letter says why the one above is the deadline
      html.append("<p class=\"deadline-moved\">").append(esc(letter.deadlineMoved())).append("</p>\n");
    }
    html.append(letter.acceptanceOwed()
        ? "<p>০২। এমতাবস্থায়, সিদ্ধান্ত ফলো-আপ টাস্কলিস্টে সিদ্ধান্তটি অনতিবিলম্বে গ্রহণ করে বাস্তবায়নকারী দপ্তরসমূহ নিশ্চিত করার"
            + " জন্য নির্দেশক্রমে অনুরোধ করা হলো।</p>\n"
        : "<p>০২। এমতাবস্থায়, সিদ্ধান্তটি বাস্তবায়নপূর্বক হালনাগাদ তথ্য অনতিবিলম্বে সিদ্ধান্ত ফলো-আপ টাস্কলিস্টে দাখিলের জন্য নির্দেশক্রমে অনুরোধ করা হলো।</p>\n");
    if (!letter.remarks().isEmpty()) {
      html.append("<p class=\"remarks\">০৩। ").append(esc(letter.remarks())).append("</p>\n");
    }

    html.append("<div class=\"signature\">\n<div>(স্বাক্ষরিত)</div>\n");
    for (String line : letter.signatory()) {
      html.append("<div>").append(esc(line)).append("</div>\n");
    }
    html.append("</div>\n");

    // numbered as the letter's paragraphs are ("১।"), not by the browser's list style
    html.append("<p>বিতরণ (কার্যার্থে):</p>\n<ol class=\"addressees\">\n");
    int number = 0;
    for (String office : letter.addressees()) {
      html.append("<li>").append(BengaliDigits.of(++number)).append("। ").append(esc(office)).append("</li>\n");
    }
    html.append("</ol>\n<p>অনুলিপি (সদয় অবগতির জন্য):</p>\n<ol class=\"copies\">\n");
    number = 0;
    for (String office : letter.copies()) {
      html.append("<li>").append(BengaliDigits.of(++number)).append("। ").append(esc(office)).append("</li>\n");
    }
    html.append("<li>").append(BengaliDigits.of(++number)).append("। অফিস কপি।</li>\n");
    html.append("</ol>\n</body>\n</html>\n");
    return html.toString();
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
