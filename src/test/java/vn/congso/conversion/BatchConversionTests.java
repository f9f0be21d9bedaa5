package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.congso.conversion.batch.BatchWorker;
import vn.congso.conversion.pipeline.Converter;
import vn.congso.testing.CongsoIntegrationTest;

/** Bulk conversion survives a crash: no document lost, none made twice. */
@CongsoIntegrationTest
class BatchConversionTests {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    BatchWorker worker;

    @Autowired
    Converter converter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aBatchResumesAfterACrashWithoutLosingOrDuplicatingDocuments() throws Exception {
        long batch = conversions.startBatch(List.of(
                file("Quyết định số 1.png", "Quyết định số 1"),
                file("Quyết định số 2.png", "Quyết định số 2"),
                file("Quyết định số 3.png", "Quyết định số 3"),
                new ConversionManagement.BatchFile("ghi-chu.txt", "không phải bản quét".getBytes())),
                LegalContext.PROCEDURE_RESULT, false, "vanthu");
        assertThat(conversions.batchProgress(batch).finished()).isZero();
        mvc.perform(get("/quan-tri/chuyen-doi/lo/" + batch).with(user("vanthu").authorities(
                        () -> "CONVERSION_PERFORM", () -> "STAFF_AREA")))
                .andExpect(status().isOk())
                .andExpect(header().string("Refresh", "3"))
                .andExpect(content().string(Matchers.containsString("<progress")))
                .andExpect(content().string(Matchers.containsString("Đã xử lý 0/4 tệp")));

        // Crash 1: a worker took item 1 and died before converting it; its lease has run out.
        long first = itemId(batch, 1);
        jdbc.sql("update conversion_batch_item set state = 'PROCESSING', lease_until = now() - interval '1 minute', attempts = 1 where id = ?")
                .param(first).update();
        // Crash 2: a worker registered item 2's document, then died before marking the item done.
        long second = itemId(batch, 2);
        jdbc.sql("update conversion_batch_item set state = 'PROCESSING', lease_until = now() - interval '1 minute', attempts = 1 where id = ?")
                .param(second).update();
        byte[] content = ConversionFixtures.encode(ConversionFixtures.page("Quyết định số 2", 40), "png");
        String registered = converter.convert(new ConvertPaper(content, "Quyết định số 2.png", LegalContext.PROCEDURE_RESULT,
                false, "vanthu"), "Lường Thị Mai", second).record().code();
        // A third item is held by a live worker: its lease has not run out, so it is left alone for now.
        long third = itemId(batch, 3);
        jdbc.sql("update conversion_batch_item set state = 'PROCESSING', lease_until = now() + interval '1 hour' where id = ?")
                .param(third).update();

        worker.processAvailable();

        BatchProgress progress = conversions.batchProgress(batch);
        assertThat(progress.items()).extracting(BatchProgress.Item::state)
                .containsExactly("DONE", "DONE", "PROCESSING", "FAILED");
        assertThat(progress.items().get(1).documentCode()).isEqualTo(registered);
        assertThat(progress.items().get(3).errorCode()).isEqualTo("UNSUPPORTED_TYPE");

        // the live worker's lease runs out too; the next run finishes the batch
        jdbc.sql("update conversion_batch_item set lease_until = now() - interval '1 second' where id = ?").param(third).update();
        worker.processAvailable();
        progress = conversions.batchProgress(batch);
        assertThat(progress.complete()).isTrue();
        assertThat(progress.done()).isEqualTo(3);
        assertThat(progress.failed()).isEqualTo(1);
        long documents = jdbc.sql("""
                select count(*) from conversion_document d join conversion_batch_item i on d.batch_item_id = i.id
                where i.batch_id = ?""").param(batch).query(Long.class).single();
        assertThat(documents).isEqualTo(3);
        assertThat(conversions.find(progress.items().get(0).documentCode()).orElseThrow().converterName())
                .isEqualTo("Lường Thị Mai");

        mvc.perform(get("/quan-tri/chuyen-doi/lo/" + batch).with(user("vanthu").authorities(
                        () -> "CONVERSION_PERFORM", () -> "STAFF_AREA")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(Matchers.containsString("Hoàn thành: 3 tệp đã chuyển đổi, 1 tệp lỗi.")))
                .andExpect(content().string(Matchers.containsString("không phải PDF, JPEG, PNG hoặc TIFF")));
    }

    private long itemId(long batch, int position) {
        return jdbc.sql("select id from conversion_batch_item where batch_id = ? and position = ?")
                .params(batch, position).query(Long.class).single();
    }

    private static ConversionManagement.BatchFile file(String name, String text) {
        return new ConversionManagement.BatchFile(name, ConversionFixtures.encode(ConversionFixtures.page(text, 40), "png"));
    }
}
