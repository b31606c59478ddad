package org.bashke;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class BashkeApplication {

    public static void main(String[] args) {
        SpringApplication.run(BashkeApplication.class, args);
    }
}
