package vn.congso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class ApiConventionsTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void malformedJsonIsAProblemInVietnamese() throws Exception {
        JsonNode problem = post("{\"name\": \"Hoa\", ");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("code").asText()).isEqualTo("MALFORMED");
        assertThat(problem.get("detail").asText()).isEqualTo("Nội dung gửi lên không đúng định dạng JSON.");
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        JsonNode problem = post("{\"name\": \"Hoa\", \"count\": 1, \"hacker\": true}");
        assertThat(problem.get("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(problem.get("detail").asText()).contains("\"hacker\"").contains("không được chấp nhận");
    }

    @Test
    void wrongTypeIsNamed() throws Exception {
        JsonNode problem = post("{\"name\": \"Hoa\", \"count\": \"mười\"}");
        assertThat(problem.get("code").asText()).isEqualTo("WRONG_TYPE");
        assertThat(problem.get("detail").asText()).contains("\"count\"");
        JsonNode date = post("{\"name\": \"Hoa\", \"count\": 1, \"date\": \"31/02/2025\"}");
        assertThat(date.get("detail").asText()).contains("\"date\"");
    }

    @Test
    void constraintViolationsListEachField() throws Exception {
        JsonNode problem = post("{\"name\": \"\", \"count\": 101}");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "count");
    }

    @Test
    void wrongParameterTypeIsAProblem() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/v1/test-probe?page=hai", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("\"page\"").contains("\"hai\"");
    }

    @Test
    void englishProblemsOnRequest() throws Exception {
        HttpHeaders headers = jsonHeaders();
        ResponseEntity<String> response = http.postForEntity("/api/v1/test-probe?lang=en",
                new HttpEntity<>("{", headers), String.class);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).isEqualTo("The body is not well-formed JSON.");
    }

    @Test
    void wrongContentTypeIsAProblem() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        ResponseEntity<String> response = http.postForEntity("/api/v1/test-probe", new HttpEntity<>("<a/>", headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void decomposedVietnameseIsStoredComposed() throws Exception {
        String nfd = Normalizer.normalize("Đinh Thị Hoa", Normalizer.Form.NFD);
        ResponseEntity<String> response = http.postForEntity("/api/v1/test-probe",
                new HttpEntity<>("{\"name\": \"" + nfd + "\", \"count\": 1}", jsonHeaders()), String.class);
        assertThat(json.readTree(response.getBody()).get("name").asText()).isEqualTo("Đinh Thị Hoa")
                .isNotEqualTo(nfd);
    }

    private JsonNode post(String body) throws Exception {
        ResponseEntity<String> response = http.postForEntity("/api/v1/test-probe", new HttpEntity<>(body, jsonHeaders()), String.class);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        return json.readTree(response.getBody());
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
