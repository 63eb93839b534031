# Warnings on and clean for our own targets; system headers (torch, Qt, OpenCV) stay quiet.
function(allcnn_target_defaults target)
  # -fPIC everywhere, executables included (it overrides their -fPIE): one precompiled torch
  # header, built for allcnn_core, then stays valid for the CLI, the UI and the tests.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Winvalid-pch -fPIC)
  target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS)
  if(ALLCNN_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
