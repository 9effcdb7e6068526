package gov.qinghai.followup.projects.service;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads and writes tables as CSV (service-common's RFC 4180 Csv) or XLSX, so exports can be imported again. */
public final class TableFiles {
    public static final String XLSX = TableExport.XLSX;

    private TableFiles() {
    }

    /** A row with the 1-based line (CSV) or row number (XLSX) it came from. */
    public record Line(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index).trim() : "";
        }
    }

    /** A table read one line at a time: a spooled upload or a seed resource, never held whole in memory. */
    @FunctionalInterface
    public interface Lines {
        void each(Consumer<Line> sink);
    }

    public static List<Line> readCsv(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        csv(() -> new ByteArrayInputStream(bytes)).each(lines::add);
        return lines;
    }

    public static Lines csv(Path file) {
        return csv(() -> Files.newInputStream(file));
    }

    /** A CSV file in the encoding it was found to be in (see {@link #encodingOf}). */
    public static Lines csv(Path file, Charset charset) {
        return csv(() -> Files.newInputStream(file), charset);
    }

    /**
     * The encoding of a CSV file: UTF-8 when every byte sequence is valid UTF-8, else GB18030 (what Excel on Chinese
     * Windows saves "CSV" as) when it is valid GB18030; anything else is {@link Unreadable}, never read with
     * replacement characters.
     */
    public static Charset encodingOf(Path file) throws IOException {
        if (decodes(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(file, GB18030)) {
            return GB18030;
        }
        throw new Unreadable(Detail.of("pt.import.encoding",
                "the file is neither UTF-8 nor GB18030 text: save it as CSV UTF-8"), null);
    }

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static boolean decodes(Path file, Charset charset) throws IOException {
        java.nio.charset.CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            while (in.read(buffer) >= 0) {
                // read to the end: a malformed sequence anywhere throws
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    public static Lines xlsx(Path file) {
        return xlsx(() -> Files.newInputStream(file));
    }

    public static Lines csv(Opener source) {
        return csv(source, StandardCharsets.UTF_8);
    }

    public static Lines csv(Opener source, Charset charset) {
        return sink -> {
            try (Reader in = new InputStreamReader(source.open(), charset)) {
                Csv.eachRow(in, row -> addUnlessBlank(sink, row.line(), row.cells()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Rows of the first sheet, streamed from the workbook; an unreadable one is {@link Unreadable}. */
    public static Lines xlsx(Opener source) {
        return sink -> {
            try (InputStream in = source.open(); ReadableWorkbook wb = new ReadableWorkbook(in);
                 Stream<Row> rows = wb.getFirstSheet().openStream()) {
                rows.forEach(r -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        org.dhatim.fastexcel.reader.Cell cell = r.getCell(i);
                        cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                    }
                    try {
                        addUnlessBlank(sink, r.getRowNum(), cells);
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                });
            } catch (SinkFailure e) {
                throw e.failure;
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(Detail.of("pt.import.xlsx", "not a readable XLSX workbook: {0}", e.getMessage()), e);
            }
        };
    }

    /** A file that is not a table of the announced type (answered 400). */
    public static final class Unreadable extends IllegalArgumentException {
        private final transient Detail detail;

        Unreadable(Detail detail, Throwable cause) {
            super(detail.english(), cause);
            this.detail = detail;
        }

        /** What is wrong with the file, in the request's language when answered. */
        public Detail detail() {
            return detail;
        }
    }

    /** What the consumer of the rows threw, kept apart from the workbook's own read errors. */
    private static final class SinkFailure extends RuntimeException {
        final RuntimeException failure;

        SinkFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    /** Opens the bytes of a table (a file, a resource, an array). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static byte[] writeCsv(List<String> header, List<List<Object>> rows) {
        return Csv.write(header, rows);
    }

    public static byte[] writeXlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        return TableExport.xlsx(sheetName, header, rows);
    }

    private static void addUnlessBlank(Consumer<Line> sink, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            sink.accept(new Line(number, cells));
        }
    }
}
