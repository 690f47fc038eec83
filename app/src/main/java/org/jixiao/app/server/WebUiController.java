package org.jixiao.app.server;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser interface (module {@code web}, built into {@code static/}) is a single-page application: its own routes
 * are answered with {@code index.html}, so that reloading or bookmarking a page works. {@code /} is Spring's welcome
 * page (the same file); {@code /assets/**} are the built scripts and styles.
 */
@Controller
public class WebUiController {

    @GetMapping({"/login", "/evaluations", "/evaluations/{id}", "/evaluations/{id}/history", "/selfevals", "/selfevals/{id}"})
    public String page() {
        return "forward:/index.html";
    }

    /** The administration pages (用户管理, 组织管理); the API behind them is for the system administrator only. */
    @GetMapping({"/admin/users", "/admin/organisations"})
    public String administration() {
        return "forward:/index.html";
    }
}
