package vn.congso.conversion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congso.conversion.ConversionManagement;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class ConversionControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ConversionManagement conversions;

    private static RequestPostProcessor officer() {
        return user("canbo").authorities(() -> "CONVERSION_PERFORM", () -> "STAFF_AREA");
    }

    @Test
    void anOfficerConvertsAScanAndSeesTheCodeAndTheAccessCodeOnce() throws Exception {
        String page = mvc.perform(multipart("/quan-tri/chuyen-doi")
                        .file(new MockMultipartFile("files", "to-trinh.png", "image/png", png()))
                        .param("legalContext", "GENERAL").with(officer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã chuyển đổi và ghi vào sổ chuyển đổi.")))
                .andExpect(content().string(Matchers.containsString("Mã truy cập: ")))
                .andReturn().getResponse().getContentAsString();
        String code = page.replaceAll("(?s).*Văn bản chuyển đổi (CD-[A-Z0-9]+).*", "$1");
        assertThat(conversions.find(code)).isPresent();

        byte[] paper = mvc.perform(post("/quan-tri/chuyen-doi/van-ban/" + code + "/in").with(officer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(paper, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/quan-tri/chuyen-doi/van-ban/" + code).with(officer()))
                .andExpect(content().string(Matchers.containsString("in 1 trang")));
    }

    @Test
    void aWrongFileIsExplainedBesideTheField() throws Exception {
        mvc.perform(multipart("/quan-tri/chuyen-doi")
                        .file(new MockMultipartFile("files", "ban-quet.pdf", "application/pdf", "xin chào".getBytes()))
                        .with(officer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("field-error")))
                .andExpect(content().string(Matchers.containsString("Tệp không phải PDF, JPEG, PNG hoặc TIFF")));
    }

    @Test
    void severalFilesBecomeABatch() throws Exception {
        mvc.perform(multipart("/quan-tri/chuyen-doi")
                        .file(new MockMultipartFile("files", "a.png", "image/png", png()))
                        .file(new MockMultipartFile("files", "b.png", "image/png", png()))
                        .with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/quan-tri/chuyen-doi/lo/*"));
    }

    @Test
    void citizensCannotConvert() throws Exception {
        mvc.perform(get("/quan-tri/chuyen-doi").with(SecurityMockMvcRequestPostProcessors.user("congdan")
                        .authorities(() -> "ACCOUNT_SELF")))
                .andExpect(status().isForbidden());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("To trinh", 20, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
