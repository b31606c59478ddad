package org.bashke.network.internship.web;

import org.springframework.web.multipart.MultipartFile;

/** An application: motivation, CV and letter. */
public class ApplicationForm {

    private String motivation;
    private MultipartFile cv;
    private MultipartFile letter;

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public MultipartFile getCv() {
        return cv;
    }

    public void setCv(MultipartFile cv) {
        this.cv = cv;
    }

    public MultipartFile getLetter() {
        return letter;
    }

    public void setLetter(MultipartFile letter) {
        this.letter = letter;
    }
}
