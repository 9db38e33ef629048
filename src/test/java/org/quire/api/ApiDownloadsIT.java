package org.quire.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.export.ExportFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads over the API: the export service decides who may export (STAFF and members; commenters
 * and observers are refused with 403), and the file comes as an attachment of its own media type.
 */
@QuireIntegrationTest
class ApiDownloadsIT {

    private static final byte[] ZIP_MAGIC = {'P', 'K'};

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;

    ApiWorld world;

    @BeforeEach
    void arrange() {
        world = new ApiWorld(beans);
    }

    @AfterEach
    void revokeTheTokensMade() {
        world.revokeAll();
    }

    @Test
    void staffDownloadADocxAttachmentOfTheDemoProposal() throws Exception {
        var response = get("/api/v1/proposals/" + world.demoProposal().value() + "/exports/docx",
                world.tokenOf("staff"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ExportFormat.DOCX.mediaType());
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains("filename=").contains(".docx"));
        assertThat(response.body()).startsWith(ZIP_MAGIC);
    }

    @Test
    void aMarkdownZipAtAMilestoneAndTheWorkgroupPackageDownloadForStaff() throws Exception {
        var other = world.otherProposal();
        var token = world.tokenOf(ApiWorld.OUTSIDER);

        var markdown = get("/api/v1/proposals/" + other.id().value() + "/exports/markdown?milestone="
                + other.milestone().id().value(), token);
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(markdown.body()).startsWith(ZIP_MAGIC);

        var whole = get("/api/v1/workgroups/" + ApiWorld.OTHER_SLUG + "/package", token);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).startsWith(ZIP_MAGIC);
    }

    @Test
    void aMilestoneOfAnotherProposalIsNotFound() throws Exception {
        var other = world.otherProposal();
        var staff = world.tokenOf("staff");

        var response = get("/api/v1/proposals/" + world.demoProposal().value() + "/exports/pdf?milestone="
                + other.milestone().id().value(), staff);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void commentersAndObserversMayReadButNotExport() throws Exception {
        var demo = world.demoProposal().value();
        for (var username : new String[] {"commenter", "observer"}) {
            var token = world.tokenOf(username);
            assertThat(get("/api/v1/proposals/" + demo, token).statusCode()).as(username).isEqualTo(200);
            var refused = get("/api/v1/proposals/" + demo + "/exports/docx", token);
            assertThat(refused.statusCode()).as(username).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(get("/api/v1/workgroups/telehealth/package", token).statusCode()).as(username).isEqualTo(403);
        }
    }

    private HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
