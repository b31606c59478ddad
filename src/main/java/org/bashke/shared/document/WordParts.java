package org.bashke.shared.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The few pieces of a Word (DOCX) report every module builds alike: headings, paragraphs and tables in
 * the house font, whose Cyrillic and Albanian letters every reader's Word has.
 */
public final class WordParts {

    public static final String FONT = "DejaVu Sans";

    private WordParts() {
    }

    public static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        r.setText(text);
    }

    public static void paragraph(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setFontFamily(FONT);
        r.setText(text);
    }

    /** A full-width table with a bold header row that repeats on every page. */
    public static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable t = doc.createTable(1, headers.length);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun r = head.getCell(i).getParagraphs().get(0).createRun();
            r.setBold(true);
            r.setFontFamily(FONT);
            r.setText(headers[i]);
        }
        head.setRepeatHeader(true);
        return t;
    }

    /** A row of plain cells; null is an empty cell. */
    public static void row(XWPFTable t, String... cells) {
        XWPFTableRow r = t.createRow();
        for (int i = 0; i < cells.length; i++) {
            r.getCell(i).setText(cells[i] == null ? "" : cells[i]);
        }
    }
}
