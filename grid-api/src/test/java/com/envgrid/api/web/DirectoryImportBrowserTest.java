package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.core.source.DirectoryWorkbooks;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory import page: an administrator picks the census workbook, sees its sheets and the header found under
 * the title, tries it — the bad rows listed by row, cell and column —, and imports the good rows.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class DirectoryImportBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);

    @Inject
    Sql sql;

    @Inject
    EmptyLayer emptyLayer;

    @Test
    void anAdministratorTriesTheCensusWorkbookSeesTheBadRowsByCellAndImportsTheGoodOnes() throws Exception {
        sql.execute("DELETE FROM draw_item; DELETE FROM source");
        emptyLayer.holdOnly(signedIn(ADMIN), smallDistrict().json());
        String good = CreditCode.withCheckCharacter("91320214MA1N00011");
        String mistyped = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Path file = Files.createTempFile("污染源名录", ".xlsx");
        Files.write(file, DirectoryWorkbooks.census("名录", DirectoryWorkbooks.HEADER,
                new Object[]{1, "清源化工有限公司", good, "新华路8号", 120.003, 30.002, "D"},
                new Object[]{2, "鸿山印染厂", mistyped, "鸿山路1号", 120.015, 30.005, "A"}));
        try {
            openBrowser();
            browser.signInAt("directory-import.html", ADMIN);
            assertTrue(browser.offers("nav-directory-import"), "administrators find it in the header");
            browser.find(By.id("directory-file")).sendKeys(file.toString());
            browser.until("the sheets were never listed", () -> browser.find(By.id("directory-sheet-field")).isDisplayed()
                    && browser.find(By.id("directory-columns")).getText().contains("第 3 行为表头"));

            browser.find(By.id("directory-dry-run")).click();
            browser.until("the dry run never reported", () -> !problemRows().isEmpty());
            List<WebElement> cells = problemRows().get(0).findElements(By.tagName("td"));
            assertEquals(List.of("5", "C5", "统一社会信用代码"), cells.subList(0, 3).stream().map(WebElement::getText).toList());
            assertTrue(browser.find(By.id("directory-summary")).getText().contains("可导入 1 行，有问题 1 行"),
                    browser.find(By.id("directory-summary")).getText());
            assertTrue(browser.find(By.id("directory-download")).isDisplayed(), "the bad rows can be downloaded");
            assertEquals(0, sql.count("SELECT count(*) FROM source"), "a dry run writes nothing");
            browser.screenshot("directory-import.png");

            WebElement accept = browser.find(By.id("directory-accept"));
            assertEquals("导入无误的 1 行", accept.getText());
            accept.click();
            browser.until("the import never finished",
                    () -> browser.find(By.id("directory-status")).getText().contains("导入完成：新增 1 个"));
            assertEquals("新华路8号", sql.text("SELECT address FROM source"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<WebElement> problemRows() {
        return browser.driver().findElements(By.cssSelector("#directory-problems tbody tr"))
                .stream().filter(row -> row.findElements(By.tagName("td")).size() == 4).toList();
    }
}
