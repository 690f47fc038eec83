package org.jixiao.app.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser interface (module {@code web}, built into {@code static/}) is a single-page application: its own routes
 * (those of {@code web/src/router.js}) are answered with {@code index.html}, so that reloading or bookmarking a page
 * works. {@code /} is Spring's welcome page (the same file); {@code /assets/**} are the built scripts and styles. The
 * administration pages are for the system administrator, which the API behind them enforces.
 */
@Controller
public class WebUiController {

    @GetMapping({"/login", "/evaluations", "/evaluations/{id}", "/evaluations/{id}/history", "/selfevals", "/selfevals/{id}",
            "/accounts", "/accounts/{id}", "/reviews", "/reviews/{id}", "/admin/users", "/admin/organisations"})
    public String page() {
        return "forward:/index.html";
    }
}
