package vn.congso.signing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.congso.audit.AuditLog;
import vn.congso.signing.Signer;
import vn.congso.signing.SigningFixtures;
import vn.congso.signing.SigningManagement;
import vn.congso.signing.image.SignatureImages;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class SignatureImagePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignatureImages images;

    @Autowired
    SigningManagement signing;

    @Autowired
    AuditLog audit;

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/dang-nhap").user(username).password(CongsoIntegrationTest.DEMO_PASSWORD))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static MockMultipartFile image(byte[] content, String name, String type) {
        return new MockMultipartFile("image", name, type, content);
    }

    /**
     * A valid PNG whose header claims 100 000 × 100 000 pixels with a few bytes of data: decoding it
     * would allocate 40 GB (a decompression bomb).
     */
    private static byte[] bomb() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void administratorUploadsTheSealAndTheAgencySignatureShowsIt() throws Exception {
        MockHttpSession admin = login("admin");
        byte[] seal = SigningFixtures.png(420, 420, Color.RED);

        mvc.perform(multipart("/quan-tri/ky-so/con-dau").file(image(seal, "con-dau.png", "image/png"))
                        .session(admin).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/quan-tri/ky-so/con-dau"));

        byte[] served = mvc.perform(get("/quan-tri/ky-so/con-dau/anh.png").session(admin)).andReturn()
                .getResponse().getContentAsByteArray();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(shown.getWidth()).isEqualTo(420);
        assertThat(new Color(shown.getRGB(210, 210), true)).isEqualTo(Color.RED);
        assertThat(audit.recent(10)).anyMatch(entry -> entry.action().equals("SIGNING_SEAL_IMAGE_UPLOADED"));
        String page = mvc.perform(get("/quan-tri/ky-so/con-dau").session(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hình ảnh con dấu").contains("/quan-tri/ky-so/con-dau/anh.png")
                .doesNotContain("MẪU – KHÔNG CÓ GIÁ TRỊ");
    }

    @Test
    void aFileThatIsNotAPngAndADecompressionBombAreRefusedBesideTheFieldAndNothingChanges() throws Exception {
        MockHttpSession admin = login("admin");
        byte[] before = signing.sealImage().orElseThrow();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);

        MvcResult notPng = mvc.perform(multipart("/quan-tri/ky-so/con-dau")
                .file(image(jpeg.toByteArray(), "con-dau.png", "image/png")).session(admin).with(csrf())).andReturn();
        assertThat(notPng.getResponse().getStatus()).isEqualTo(415);
        assertThat(notPng.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("class=\"field-error\"").contains("Ảnh phải là tệp PNG");

        MvcResult bomb = mvc.perform(multipart("/quan-tri/ky-so/con-dau")
                .file(image(bomb(), "bom.png", "image/png")).session(admin).with(csrf())).andReturn();
        assertThat(bomb.getResponse().getStatus()).isEqualTo(400);
        assertThat(bomb.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ảnh có kích thước 100000 × 100000 điểm ảnh");

        assertThat(signing.sealImage().orElseThrow()).isEqualTo(before);
    }

    @Test
    void officerUploadsTheirHandwrittenSignatureAndRemovesIt() throws Exception {
        MockHttpSession officer = login("canbo");
        byte[] signature = SigningFixtures.png(450, 150, Color.BLUE);

        mvc.perform(multipart("/ky-so/chu-ky-cua-toi").file(image(signature, "chu-ky.png", "image/png"))
                .session(officer).with(csrf()));

        assertThat(images.signature("canbo")).isPresent();
        String page = mvc.perform(get("/ky-so/chu-ky-cua-toi").session(officer)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chữ ký của tôi").contains("/ky-so/chu-ky-cua-toi/anh.png")
                .contains("chứng thư số thử nghiệm");
        byte[] signed = signing.signAsOfficer(SigningFixtures.decision(1),
                new Signer("canbo", "Ma Văn Hùng", "Công chức Tư pháp - Hộ tịch"), null);
        assertThat(vn.congso.signing.SignatureImagesInPdf.of(signed).get(0).images()).hasSize(1);

        mvc.perform(post("/ky-so/chu-ky-cua-toi/xoa").session(officer).with(csrf()));
        assertThat(images.signature("canbo")).isEmpty();
        assertThat(mvc.perform(get("/ky-so/chu-ky-cua-toi/anh.png").session(officer)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void officersCannotChangeTheSealAndCitizensHaveNoSignaturePage() throws Exception {
        assertThat(mvc.perform(multipart("/quan-tri/ky-so/con-dau")
                        .file(image(SigningFixtures.png(100, 100, Color.RED), "con-dau.png", "image/png"))
                        .session(login("canbo")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/ky-so/chu-ky-cua-toi").session(login("congdan"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
