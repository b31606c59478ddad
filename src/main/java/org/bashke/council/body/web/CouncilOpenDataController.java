package org.bashke.council.body.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bashke.council.body.CouncilOpenData;
import org.bashke.shared.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Open data of bodies, terms, seats and people in public roles: JSON (described by {@code openapi.json}) and
 * CSV with the same columns, and a Popolo export.
 */
@Controller
class CouncilOpenDataController {

    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final CouncilOpenData openData;

    CouncilOpenDataController(CouncilOpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/council/open-data")
    String index(Model model) {
        model.addAttribute("datasets", CouncilOpenData.DATASETS);
        return "council/open-data";
    }

    @GetMapping("/council/open-data/{dataset}.json")
    ResponseEntity<?> json(@PathVariable("dataset") String dataset, Locale locale) throws IOException {
        if ("openapi".equals(dataset)) {
            byte[] spec = new ClassPathResource("council/open-data-openapi.json").getInputStream().readAllBytes();
            return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON).body(spec);
        }
        Object body = "popolo".equals(dataset) ? openData.popolo(locale) : openData.rows(known(dataset));
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/council/open-data/{dataset}.csv")
    ResponseEntity<byte[]> csv(@PathVariable("dataset") String dataset) throws IOException {
        List<Map<String, Object>> rows = openData.rows(known(dataset));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a BOM so spreadsheet programs read ë, ç and Serbian letters as UTF-8
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            if (!rows.isEmpty()) {
                csv.printRecord(rows.get(0).keySet());
            }
            for (Map<String, Object> row : rows) {
                csv.printRecord(row.values());
            }
        }
        return ResponseEntity.ok().cacheControl(CACHE)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"council-" + dataset + ".csv\"")
                .body(out.toByteArray());
    }

    private static String known(String dataset) {
        if (!CouncilOpenData.DATASETS.contains(dataset)) {
            throw new NotFoundException("dataset", dataset);
        }
        return dataset;
    }
}
