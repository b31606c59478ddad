package org.bashke.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class ConcurrentChangeAdviceTest {

    @RestController
    static class SavesTooLate {
        @PostMapping("/save")
        String save() {
            throw new ObjectOptimisticLockingFailureException("Comment", 7L);
        }
    }

    @Test
    void a_save_that_lost_the_race_is_a_conflict_page_not_a_server_error() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new SavesTooLate())
                .setControllerAdvice(new ConcurrentChangeAdvice()).build();
        mvc.perform(post("/save")).andExpect(status().isConflict()).andExpect(view().name("error/409"));
    }
}
