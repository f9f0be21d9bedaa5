package vn.congso.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

/** NĐ137 Đ4 k2 d: hostile or broken uploads get a clear Vietnamese error and leave nothing behind. */
@CongsoIntegrationTest
class BadInputTests {

    @Autowired
    ConversionManagement conversions;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        assertRefused(encryptedPdf("mật-khẩu"), ConversionError.ENCRYPTED_PDF, "mật khẩu");
        assertRefused(encryptedPdf(""), ConversionError.ENCRYPTED_PDF, "mật khẩu");
    }

    @Test
    void aCorruptPdfIsRefused() {
        byte[] truncated = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
        assertRefused(truncated, ConversionError.CORRUPT_FILE, "bị hỏng");
    }

    @Test
    void aPdfWithoutPagesIsRefused() throws IOException {
        try (PDDocument empty = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            empty.save(out);
            assertRefused(out.toByteArray(), ConversionError.NO_PAGES, "không có trang");
        }
    }

    /** A decompression bomb: the header declares 100 000 × 100 000 pixels; it is refused before decoding. */
    @Test
    void anImageWithAbsurdDimensionsIsRefusedFromItsHeader() throws IOException {
        assertRefused(pngBomb(100_000, 100_000), ConversionError.PAGE_TOO_LARGE, "100.000 × 100.000 điểm ảnh");
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        byte[] html = "<html><body>Không phải bản quét</body></html>".getBytes(StandardCharsets.UTF_8);
        CongsoException e = refuse(html, "ban-quet.pdf");
        assertThat(e.code()).isEqualTo(ConversionError.UNSUPPORTED_TYPE);
        assertThat(vietnamese(e)).contains("từ nội dung");
        // and a real PNG named .pdf is converted as the PNG it is
        byte[] png = ConversionFixtures.encode(ConversionFixtures.page("Giấy mời họp", 40), "png");
        Converted converted = conversions.convert(new ConvertPaper(png, "giay-moi.pdf", LegalContext.GENERAL, true, "canbo"));
        assertThat(converted.record().sourceType()).isEqualTo("image/png");
    }

    @Test
    void anEmptyOrOversizedUploadIsRefused() {
        assertRefused(new byte[0], ConversionError.EMPTY_FILE, "rỗng");
        byte[] huge = new byte[52_428_801];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertRefused(huge, ConversionError.FILE_TOO_LARGE, "50 MB");
    }

    @Test
    void aTruncatedJpegIsRefused() {
        byte[] jpeg = ConversionFixtures.encode(ConversionFixtures.page("Quyết định", 40), "jpeg");
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertRefused(truncated, ConversionError.CORRUPT_FILE, "bị hỏng");
    }

    private void assertRefused(byte[] content, ConversionError expected, String inMessage) {
        CongsoException e = refuse(content, "tệp.pdf");
        assertThat(e.code()).isEqualTo(expected);
        assertThat(vietnamese(e)).contains(inMessage);
    }

    private CongsoException refuse(byte[] content, String name) {
        long documents = count("conversion_document");
        long blobs = count("files_blob");
        long codes = count("conversion_access_code");
        CongsoException e = catchThrowableOfType(CongsoException.class, () -> conversions.convert(
                new ConvertPaper(content, name, LegalContext.GENERAL, false, "canbo")));
        assertThat(e).as("refused").isNotNull();
        assertThat(count("conversion_document")).isEqualTo(documents);
        assertThat(count("conversion_access_code")).isEqualTo(codes);
        assertThat(count("files_blob")).isEqualTo(blobs);
        return e;
    }

    private String vietnamese(CongsoException e) {
        return messages.getMessage(e.code().messageKey(), e.arguments(), Locale.forLanguageTag("vi"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ-sở-hữu", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A valid PNG header declaring a huge image, followed by a tiny compressed body. */
    private static byte[] pngBomb(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] buffer = new byte[2048];
        int length = deflater.deflate(buffer);
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
