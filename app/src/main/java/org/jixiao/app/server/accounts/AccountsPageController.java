package org.jixiao.app.server.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The browser interface's final-accounts pages answer with {@code index.html} (reload and bookmarks work). */
@Controller
public class AccountsPageController {

    @GetMapping({"/accounts", "/accounts/{id}"})
    public String page() {
        return "forward:/index.html";
    }
}
