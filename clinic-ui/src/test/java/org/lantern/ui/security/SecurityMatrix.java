package org.lantern.ui.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The role matrix as docs/security.md writes it: one row per route, one column per role and for no sign-in. */
final class SecurityMatrix {

    static final Path DOC = Path.of("..", "docs", "security.md");
    static final String ANONYMOUS = "Anonymous";

    private SecurityMatrix() {
    }

    record Row(String method, String path, int success, Map<String, Boolean> allowed) {

        /** The path without its query, as a route pattern sees it. */
        String route() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }
    }

    record Cell(Row row, String who) {

        boolean allowed() {
            return row.allowed().get(who);
        }

        boolean api() {
            return row.path().startsWith("/api/");
        }

        @Override
        public String toString() {
            return row.method() + " " + row.path() + " as " + who + ": " + (allowed() ? "allowed" : "refused");
        }
    }

    static List<Row> rows() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DOC);
        } catch (IOException e) {
            throw new UncheckedIOException("The matrix lives in " + DOC.toAbsolutePath(), e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = split(line);
            if (cells.get(0).equals("Method") && cells.contains(ANONYMOUS)) {
                header = cells;
            } else if (header != null && !cells.get(0).startsWith("---")) {
                rows.add(row(header, cells));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("No matrix rows found in " + DOC);
        }
        return rows;
    }

    static List<Cell> cells() {
        return rows().stream().flatMap(r -> r.allowed().keySet().stream().map(who -> new Cell(r, who))).toList();
    }

    private static Row row(List<String> header, List<String> cells) {
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (int i = header.indexOf(ANONYMOUS); i < header.size() && !header.get(i).equals("Notes"); i++) {
            String value = cells.get(i);
            if (!value.equals("yes") && !value.equals("no")) {
                throw new IllegalStateException("Matrix cell must be yes or no: " + cells);
            }
            allowed.put(header.get(i), value.equals("yes"));
        }
        String success = cells.get(header.indexOf("Success"));
        int code = success.matches("\\d{3}") ? Integer.parseInt(success) : 0;
        return new Row(cells.get(0), cells.get(1).replace("`", ""), code, allowed);
    }

    private static List<String> split(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
