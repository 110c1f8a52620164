package org.tremplin.shared.infrastructure;

/** The formats a report table downloads as, with what a response needs to send each. */
public enum ExportFormat {

    CSV(CsvWriter.CONTENT_TYPE, "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The response's Content-Type. */
    public String contentType() {
        return contentType;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The table in this format; the footer is printed on each PDF page and unused by the others. */
    public byte[] write(String footer, ReportTable table) {
        return switch (this) {
            case CSV -> TableExport.csv(table);
            case XLSX -> TableExport.xlsx(table);
            case PDF -> TableExport.pdf(footer, table);
        };
    }
}
