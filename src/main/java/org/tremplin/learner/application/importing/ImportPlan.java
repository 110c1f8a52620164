package org.tremplin.learner.application.importing;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.learner.domain.NameKey;
import org.tremplin.programme.domain.Site;
import org.tremplin.shared.infrastructure.CsvReader;

/**
 * A learner file read and checked, nothing stored yet: the headers, the column mapping (guessed from
 * the headers, changeable), and each data row turned into a learner or into numbered errors. The
 * same person twice in the file is an error on the second line.
 */
public final class ImportPlan implements java.io.Serializable {

    private final List<String> headers;
    private final List<CsvReader.Row> rows;
    private final Map<ImportField, Integer> columns;

    private ImportPlan(List<String> headers, List<CsvReader.Row> rows, Map<ImportField, Integer> columns) {
        this.headers = headers;
        this.rows = rows;
        this.columns = columns;
    }

    /** Reads a file; the first non-blank row is the header row. */
    public static ImportPlan read(byte[] file) {
        List<CsvReader.Row> all = CsvReader.parse(CsvReader.decode(file)).stream().filter(r -> !r.isBlank()).toList();
        if (all.isEmpty()) {
            return new ImportPlan(List.of(), List.of(), new EnumMap<>(ImportField.class));
        }
        List<String> headers = all.get(0).cells().stream().map(String::strip).toList();
        Map<ImportField, Integer> guessed = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ImportField.forHeader(headers.get(i)).ifPresent(f -> guessed.putIfAbsent(f, column));
        }
        return new ImportPlan(headers, all.subList(1, all.size()), guessed);
    }

    /** The same file with another column mapping (field → column index). */
    public ImportPlan mappedAs(Map<ImportField, Integer> mapping) {
        Map<ImportField, Integer> copy = new EnumMap<>(ImportField.class);
        copy.putAll(mapping);
        return new ImportPlan(headers, rows, copy);
    }

    /** What is missing before anything can be checked: the two name columns. */
    public Optional<String> mappingProblem() {
        if (headers.isEmpty()) {
            return Optional.of("import.empty");
        }
        if (!columns.containsKey(ImportField.LAST_NAME) || !columns.containsKey(ImportField.FIRST_NAME)) {
            return Optional.of("import.namesUnmapped");
        }
        return Optional.empty();
    }

    public List<RowMapper.Result> check(Site site, Validator validator) {
        RowMapper mapper = new RowMapper(columns, site, validator);
        Map<String, Integer> seen = new HashMap<>();
        List<RowMapper.Result> results = new ArrayList<>(rows.size());
        for (CsvReader.Row row : rows) {
            RowMapper.Result result = mapper.map(row);
            if (result.isValid() && result.learner().getBirthDate() != null) {
                String key = NameKey.searchKey(result.learner().getFirstName(), result.learner().getLastName())
                        + "|" + result.learner().getBirthDate();
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    result = new RowMapper.Result(row.line(), null, List.of("same person as line " + first));
                }
            }
            results.add(result);
        }
        return results;
    }

    public List<String> headers() { return headers; }
    public int size() { return rows.size(); }
    public Map<ImportField, Integer> columns() { return columns; }
}
